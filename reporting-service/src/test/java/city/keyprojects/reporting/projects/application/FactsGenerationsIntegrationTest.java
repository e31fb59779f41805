package city.keyprojects.reporting.projects.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import city.keyprojects.platform.testing.PlatformIntegrationTest;
import reactor.core.publisher.Flux;

/** Generation numbers for rebuilds: each one a rebuild's own, however many ask at once. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class FactsGenerationsIntegrationTest {

    @Autowired
    FactsGenerations generations;

    @Test
    void rebuilds_asking_at_once_are_each_given_a_generation_of_their_own_above_the_serving_one() {
        int serving = generations.current().block();

        List<Integer> given = Flux.range(0, 8).flatMap(rebuild -> generations.allocate(), 8).collectList()
                .block(Duration.ofSeconds(30));
        given.addAll(Flux.range(0, 2).concatMap(rebuild -> generations.allocate()).collectList().block());

        assertThat(given).hasSize(10).doesNotHaveDuplicates().allSatisfy(number -> assertThat(number)
                .isGreaterThan(serving));
        assertThat(generations.current().block()).as("allocating switches nothing").isEqualTo(serving);
    }
}

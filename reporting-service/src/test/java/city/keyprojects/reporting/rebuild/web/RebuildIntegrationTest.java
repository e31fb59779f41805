package city.keyprojects.reporting.rebuild.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.reporting.dashboard.application.RunningCityTotals;
import city.keyprojects.reporting.dashboard.domain.CityTotals;
import city.keyprojects.reporting.projects.application.FactsGenerations;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A full rebuild from the start of the topics into a fresh generation, while the serving one keeps serving, then
 * the switch: the rebuilt facts equal the incremental ones, and events after the switch reach the new generation.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class RebuildIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    WebTestClient client;
    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    FactsGenerations generations;
    @Autowired
    RunningCityTotals totals;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    @Test
    void a_rebuild_from_the_topics_equals_the_incremental_facts_and_switches_with_visible_progress() {
        String projectId = UUID.randomUUID().toString();
        publish(projectId, "project.registered", "project.annual-plan-set", "project.investment-reported",
                "approval.item-decided", "issue.ticket-reported", "issue.ticket-assigned");
        // The live listener has applied all of them (three topics, consumed side by side).
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            ProjectFacts live = facts(projection.all().collectList().block()).get(projectId);
            return live != null && !live.completed().isEmpty() && live.tickets().values().stream()
                    .anyMatch(ticket -> ticket.department() != null);
        });
        int serving = generations.current().block();
        Map<String, ProjectFacts> incremental = facts(projection.all(serving).collectList().block());

        WebTestClient centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        JsonNode started = body(centre.post().uri("/api/reports/rebuilds").exchange().expectStatus().isAccepted()
                .expectHeader().location("/api/reports/rebuilds/latest"));
        int generation = started.get("generation").asInt();
        assertThat(generation).isGreaterThan(serving);
        assertThat(started.get("servingGeneration").asInt()).isEqualTo(serving);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "SWITCHED".equals(body(centre.get()
                .uri("/api/reports/rebuilds/latest").exchange().expectStatus().isOk()).get("status").asString()));
        JsonNode done = body(centre.get().uri("/api/reports/rebuilds/latest").exchange());
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        assertThat(done.get("applied").asLong()).isGreaterThanOrEqualTo(6);
        assertThat(done.get("partitions")).isNotEmpty();

        assertThat(generations.current().block()).isEqualTo(generation);
        Map<String, ProjectFacts> rebuilt = facts(projection.all(generation).collectList().block());
        assertThat(rebuilt).containsKey(projectId);
        // Every project whose events are on the topics (others were applied directly by other tests).
        rebuilt.forEach((id, facts) -> assertThat(facts).as(id).isEqualTo(incremental.get(id)));

        String afterSwitch = UUID.randomUUID().toString();
        publish(afterSwitch, "project.registered");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> facts(projection.all(generation)
                .collectList().block()).containsKey(afterSwitch));
        // The rebuilt generation's running totals: counted from its facts before the switch, moved since.
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            CityTotals fold = CityTotals.ofAll(projection.all(generation).collectList().block());
            CityTotals running = totals.totals(FactsGenerations.factsCollection(generation)).block();
            assertThat(running.projects()).isEqualTo(fold.projects());
            assertThat(running.investment()).isEqualByComparingTo(fold.investment());
        });
    }

    @Test
    void only_the_key_project_centre_rebuilds() {
        TestIdentity.shared().signedIn(client, TestIdentity.LEADER).post().uri("/api/reports/rebuilds").exchange()
                .expectStatus().isForbidden();
        client.post().uri("/api/reports/rebuilds").exchange().expectStatus().isUnauthorized();
    }

    private void publish(String projectId, String... types) {
        try (ForeignEvents events = new ForeignEvents(codec)) {
            for (String type : types) {
                EventEnvelope event = CONTRACT.exampleOfProject(codec, type, projectId);
                events.publish(type.substring(0, type.indexOf('.')) + ".events.v1", event);
            }
        }
    }

    private static Map<String, ProjectFacts> facts(List<ProjectFacts> all) {
        return all.stream().collect(Collectors.toMap(ProjectFacts::projectId, Function.identity()));
    }

    private JsonNode body(WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectBody(String.class).returnResult().getResponseBody());
    }
}

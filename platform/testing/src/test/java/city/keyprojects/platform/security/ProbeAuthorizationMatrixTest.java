package city.keyprojects.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.AuthorizationMatrix;
import city.keyprojects.platform.testing.PlatformIntegrationTest;

/** The matrix check catches what it is there to catch: here the probe's unruled endpoint. */
@PlatformIntegrationTest
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=probe", "spring.mongodb.database=probe" })
@AutoConfigureWebTestClient
class ProbeAuthorizationMatrixTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    WebTestClient client;

    @Test
    void anEndpointWithoutARuleFailsTheMatrix() {
        List<DynamicTest> tests = AuthorizationMatrix.check(context, client).toList();
        DynamicTest everyEndpoint = tests.get(0);
        assertThat(everyEndpoint.getDisplayName()).isEqualTo("every endpoint has a rule");
        Throwable failure = catchFailure(everyEndpoint);
        assertThat(failure).hasMessageContaining("GET /api/probe/forgotten");
    }

    @Test
    void theRuledEndpointsBehaveAsTheTableSays() {
        // Three rules × (five roles + anonymous), after the two completeness checks.
        List<DynamicTest> probes = AuthorizationMatrix.check(context, client).skip(2).toList();
        assertThat(probes).hasSize(18);
        Stream.of(probes.toArray(DynamicTest[]::new)).forEach(test -> assertThat(catchFailure(test))
                .as(test.getDisplayName()).isNull());
    }

    private static Throwable catchFailure(DynamicTest test) {
        try {
            test.getExecutable().execute();
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }
}

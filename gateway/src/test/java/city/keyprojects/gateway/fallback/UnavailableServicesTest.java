package city.keyprojects.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.gateway.support.DemoLogins;
import city.keyprojects.platform.security.Role;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/** The gateway with nothing listening where the services should be. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gateway.rate-limit.enabled=false")
@AutoConfigureWebTestClient
class UnavailableServicesTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) throws IOException {
        for (String service : new String[] { "PROJECT", "APPROVAL", "ISSUE", "REPORTING" }) {
            String uri = "http://127.0.0.1:" + closedPort();
            registry.add(service + "_SERVICE_URI", () -> uri);
        }
    }

    /** A port that was free a moment ago and has nothing listening now: connections to it are refused. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Autowired
    WebTestClient client;
    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @BeforeEach
    void closeAllBreakers() {
        breakers.getCircuitBreakerRegistry().getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @ParameterizedTest
    @CsvSource({ "/api/projects/p-1?view=full, project", "/api/approvals, approval", "/api/issues/i-9, issue",
            "/api/reports/rankings, reporting" })
    void answers_503_problem_naming_the_service_quickly(String uri, String service) {
        long started = System.nanoTime();

        client.get().uri(uri).header("X-Request-Id", "req-down-1").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("X-Request-Id", "req-down-1")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail")
                .isEqualTo("The " + service + " service is unavailable at the moment; try again shortly.")
                .jsonPath("$.instance").isEqualTo(uri.split("\\?")[0])
                .jsonPath("$.requestId").isEqualTo("req-down-1");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void answers_503_problem_to_a_change_too() {
        client.post().uri("/api/issues").header("Authorization", new DemoLogins(client).bearer(Role.ENTERPRISE))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"x\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.detail").isEqualTo("The issue service is unavailable at the moment; try again shortly.")
                .jsonPath("$.instance").isEqualTo("/api/issues");
    }

    @Test
    void opens_the_breaker_after_repeated_failures_and_keeps_answering_503_without_trying() {
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("reporting-service");
        for (int i = 0; i < 10; i++) {
            client.get().uri("/api/reports/r-" + i).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectBody().jsonPath("$.status").isEqualTo(503);
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        long refusedBefore = breaker.getMetrics().getNumberOfNotPermittedCalls();

        client.get().uri("/api/reports/r-open").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.detail")
                .isEqualTo("The reporting service is unavailable at the moment; try again shortly.")
                .jsonPath("$.instance").isEqualTo("/api/reports/r-open");

        assertThat(breaker.getMetrics().getNumberOfNotPermittedCalls()).isEqualTo(refusedBefore + 1);
        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker("project-service").getState())
                .as("each service has its own breaker").isEqualTo(CircuitBreaker.State.CLOSED);
    }
}

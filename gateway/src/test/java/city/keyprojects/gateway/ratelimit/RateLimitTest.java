package city.keyprojects.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.api.per-second=2", "gateway.rate-limit.api.burst=3",
        "gateway.rate-limit.login.per-second=0.01", "gateway.rate-limit.login.burst=2" })
@AutoConfigureWebTestClient
class RateLimitTest {

    WebTestClient client;
    @LocalManagementPort
    int managementPort;

    /** A fresh context's first request can be slow on a busy machine: time-outs are not what is tested here. */
    @Autowired
    void client(WebTestClient client) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(90)).build();
    }

    @Test
    void a_client_over_its_allowance_gets_429_with_retry_after_and_is_served_again_later() throws InterruptedException {
        // Warm the server up outside /api/** (not limited), so that the allowance is counted at full speed.
        client.get().uri("/portal/config.json").exchange().expectStatus().isOk();
        // Nothing is routed at this path: under the limit it is a 404, over it a 429.
        for (int i = 0; i < 3; i++) {
            client.get().uri("/api/unrouted").exchange().expectStatus().isNotFound();
        }
        client.get().uri("/api/unrouted").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectHeader().exists("X-Request-Id")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/rate-limited"));

        Thread.sleep(600);
        client.get().uri("/api/unrouted").exchange().expectStatus().isNotFound();
        // The gateway's own health stays reachable for probes whatever the API traffic: it has its own port.
        WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build()
                .get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void logins_from_one_address_have_their_own_stricter_allowance() {
        for (int i = 0; i < 2; i++) {
            login().expectStatus().isUnauthorized();
        }
        login().expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isGreaterThan(50));
    }

    @Test
    void a_bucket_refills_at_its_rate_up_to_its_burst_and_says_how_long_to_wait() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(new RateLimitProperties.Allowance(2, 3), now::get);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(Duration.ofMillis(500));
        assertThat(buckets.take("b")).as("another client").isZero();

        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertThat(buckets.take("a")).isZero();
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).as("refilled to the burst, not beyond").isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }

    private WebTestClient.ResponseSpec login() {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "leader", "password", "wrong")).exchange();
    }
}

package city.keyprojects.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.TestIdentity;

/**
 * With an OIDC provider instead of the local token service, switching is configuration only: the gateway accepts
 * the provider's tokens (checked against its published keys) and no longer offers its own login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.identity.enabled=false", "gateway.rate-limit.enabled=false",
        "PROJECT_SERVICE_URI=http://localhost:9" })
@AutoConfigureWebTestClient
class ExternalIssuerTest {

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("platform.security.issuer", () -> TestIdentity.ISSUER);
        registry.add("platform.security.jwk-set-uri", () -> TestIdentity.shared().jwkSetUri());
    }

    @Autowired
    WebTestClient client;

    @Test
    void the_providers_tokens_are_accepted_and_forged_ones_are_not() {
        // Accepted: the change reaches the route (whose service is down here, hence 503).
        client.post().uri("/api/projects").header("Authorization", TestIdentity.shared().bearer(TestIdentity.CENTRE))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503);
        client.post().uri("/api/projects")
                .header("Authorization", "Bearer " + TestIdentity.shared().token(TestIdentity.CENTRE)
                        .signWithStrangerKey())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void the_local_login_is_gone() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"centre\",\"password\":\"demo-centre\"}")
                .exchange()
                .expectStatus().isNotFound();
        client.get().uri("/.well-known/jwks.json").exchange().expectStatus().isNotFound();
    }
}

package city.keyprojects.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;

/**
 * What every application does with a bearer token (all of them share this code): tokens that are forged,
 * stale, early, foreign or garbled are refused with 401 and an RFC 6750 challenge, and valid ones name the user.
 */
@PlatformIntegrationTest
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "spring.application.name=probe", "spring.mongodb.database=probe" })
@AutoConfigureWebTestClient
class AccessTokenValidationTest {

    private static final TestIdentity identity = TestIdentity.shared();

    @Autowired
    WebTestClient client;

    @Test
    void aValidTokenNamesTheUserAndTheirRole() {
        client.get().uri("/api/probe/me").header("Authorization", identity.bearer(TestIdentity.ZJJ_OFFICER))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("zjj-officer")
                .jsonPath("$.roles[0]").isEqualTo("DEPT_OFFICER")
                .jsonPath("$.department").isEqualTo("zjj");
    }

    @Test
    void theActorRecordedIsTheUserInTheirRole() {
        client.post().uri("/api/probe/admin").header("Authorization", identity.bearer(TestIdentity.CENTRE))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.actor").isEqualTo("centre")
                .jsonPath("$.role").isEqualTo("CITY_ADMIN");
    }

    @Test
    void anonymousVisitorsReachOnlyWhatIsOpenToAnyone() {
        client.get().uri("/api/probe/public").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.anonymous").isEqualTo(true);
        client.get().uri("/api/probe/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/unauthenticated");
    }

    @Test
    void aRoleTheTableDoesNotNameIsRefusedWith403() {
        client.post().uri("/api/probe/admin").header("Authorization", identity.bearer(TestIdentity.LEADER))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/role-not-allowed")
                .jsonPath("$.requestId").exists();
    }

    @Test
    void anEndpointWithoutARuleIsRefusedToEveryone() {
        client.get().uri("/api/probe/forgotten").header("Authorization", identity.bearer(TestIdentity.CENTRE))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/probe/forgotten").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aTokenWithoutPlatformRolesGetsNoFurtherThanAnonymous() {
        String token = identity.token(TestIdentity.CENTRE).roles(List.of("admin", "SUPERUSER")).sign();
        client.post().uri("/api/probe/admin").header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void theNoneAlgorithmIsRefused() {
        assertRejected(identity.token(TestIdentity.CENTRE).unsigned());
    }

    @Test
    void aSignatureByAnotherKeyIsRefused() {
        assertRejected(identity.token(TestIdentity.CENTRE).signWithStrangerKey());
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = identity.token(TestIdentity.LEADER).sign().split("\\.");
        String elevated = identity.token(TestIdentity.CENTRE).sign().split("\\.")[1];
        assertRejected(parts[0] + "." + elevated + "." + parts[2]);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant past = Instant.now().minus(Duration.ofMinutes(10));
        assertRejected(identity.token(TestIdentity.CENTRE)
                .with(c -> c.issueTime(Date.from(past.minusSeconds(600))).notBeforeTime(Date.from(past.minusSeconds(600)))
                        .expirationTime(Date.from(past)))
                .sign());
    }

    @Test
    void aTokenNotYetValidIsRefused() {
        Instant later = Instant.now().plus(Duration.ofMinutes(10));
        assertRejected(identity.token(TestIdentity.CENTRE)
                .with(c -> c.notBeforeTime(Date.from(later)).expirationTime(Date.from(later.plusSeconds(600))))
                .sign());
    }

    @Test
    void aTokenWithoutExpiryIsRefused() {
        assertRejected(identity.token(TestIdentity.CENTRE).with(c -> c.expirationTime(null)).sign());
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertRejected(identity.token(TestIdentity.CENTRE).with(c -> c.issuer("https://evil.example.com")).sign());
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertRejected(identity.token(TestIdentity.CENTRE).with(c -> c.audience("another-system")).sign());
    }

    @Test
    void aMalformedTokenIsRefused() {
        assertRejected("not-a-jwt");
        assertRejected("eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl");
    }

    @Test
    void aBadTokenIsRefusedEvenWhereAnonymousVisitorsAreWelcome() {
        client.get().uri("/api/probe/public").header("Authorization", "Bearer not-a-jwt")
                .exchange().expectStatus().isUnauthorized();
    }

    private void assertRejected(String token) {
        client.get().uri("/api/probe/me").header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/invalid-token");
    }
}

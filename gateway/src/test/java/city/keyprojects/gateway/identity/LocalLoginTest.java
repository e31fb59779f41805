package city.keyprojects.gateway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.ParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "gateway.identity.lockout.lock-for=1h", "gateway.rate-limit.enabled=false" })
// bcrypt (cost 12) is slow on purpose, and slower on a busy CI machine than the client's default 5 s allow.
@AutoConfigureWebTestClient(timeout = "PT30S")
class LocalLoginTest {

    @Autowired
    WebTestClient client;

    @Test
    void a_local_account_gets_a_signed_token_with_its_role_and_scope_checkable_with_the_published_key()
            throws ParseException, JOSEException {
        TokenService.Tokens tokens = login("zjj-officer", "demo-dept").expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody();

        assertThat(tokens.token_type()).isEqualTo("Bearer");
        assertThat(tokens.expires_in()).isEqualTo(900);
        SignedJWT jwt = SignedJWT.parse(tokens.access_token());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.verify(new RSASSAVerifier(publishedKey(jwt.getHeader().getKeyID())))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:8080");
        assertThat(claims.getAudience()).containsExactly("key-projects");
        assertThat(claims.getSubject()).isEqualTo("zjj-officer");
        assertThat(claims.getStringListClaim("roles")).containsExactly("DEPT_OFFICER");
        assertThat(claims.getStringClaim("department")).isEqualTo("zjj");
        assertThat(claims.getExpirationTime()).isAfter(new Date()).isBefore(new Date(System.currentTimeMillis()
                + 16 * 60 * 1000));
    }

    @Test
    void the_published_key_set_holds_no_private_part() {
        client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].n").exists()
                .jsonPath("$.keys[0].d").doesNotExist()
                .jsonPath("$.keys[0].p").doesNotExist();
    }

    @Test
    void a_wrong_password_or_an_unknown_user_is_401_with_the_same_words() {
        login("leader", "wrong").expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("The username or the password is wrong.");
        login("nobody", "wrong").expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").isEqualTo("The username or the password is wrong.");
    }

    @Test
    void repeated_failures_slow_down_then_lock_even_the_right_password_out() {
        for (int i = 0; i < 3; i++) {
            login("enterprise", "guess-" + i).expectStatus().isUnauthorized();
        }
        // After three failures the next attempt must wait: answered at once with 429 and Retry-After.
        login("enterprise", "demo-enterprise").expectStatus().isEqualTo(429)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/too-many-attempts"));
        pause(1100);
        login("enterprise", "guess-3").expectStatus().isUnauthorized();
        pause(2100);
        login("enterprise", "guess-4").expectStatus().isUnauthorized();
        // Five failures: locked for the configured hour, whatever the password.
        login("enterprise", "demo-enterprise").expectStatus().isEqualTo(429)
                .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds))
                        .isBetween(3500L, 3600L));
        // Other accounts are not affected.
        String centre = login("centre", "demo-centre").expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody().access_token();
        // The administrators see the lock-out.
        client.get().uri("/api/auth/accounts").headers(headers -> headers.setBearerAuth(centre)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.username == 'enterprise')].locked").isEqualTo(List.of(true))
                .jsonPath("$[?(@.username == 'enterprise')].failedLogins").isEqualTo(List.of(5))
                .jsonPath("$[?(@.username == 'leader')].locked").isEqualTo(List.of(false));
    }

    @Test
    void the_centre_lists_the_local_accounts_with_their_roles_and_never_a_password_hash() {
        String centre = login("centre", "demo-centre").expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody().access_token();
        client.get().uri("/api/auth/accounts").headers(headers -> headers.setBearerAuth(centre)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.username == 'zjj-officer')].roles[0]").isEqualTo(List.of("DEPT_OFFICER"))
                .jsonPath("$[?(@.username == 'zjj-officer')].department").isEqualTo(List.of("zjj"))
                .jsonPath("$[?(@.username == 'enterprise')].creditCode").isEqualTo(List.of("91350100M000100Y43"))
                .jsonPath("$[*].passwordHash").doesNotExist()
                .jsonPath("$[0].username").isEqualTo("centre");
        String leader = login("leader", "demo-leader").expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody().access_token();
        client.get().uri("/api/auth/accounts").headers(headers -> headers.setBearerAuth(leader)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void a_refresh_token_works_once_and_not_after_logout() {
        TokenService.Tokens first = login("centre", "demo-centre").expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody();

        TokenService.Tokens second = refresh(first.refresh_token()).expectStatus().isOk()
                .expectBody(TokenService.Tokens.class).returnResult().getResponseBody();
        assertThat(second.refresh_token()).isNotEqualTo(first.refresh_token());
        refresh(first.refresh_token()).expectStatus().isUnauthorized();

        client.post().uri("/api/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", second.refresh_token())).exchange()
                .expectStatus().isNoContent();
        refresh(second.refresh_token()).expectStatus().isUnauthorized();
    }

    @Test
    void a_malformed_login_is_a_400_problem() {
        client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"\"}").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private WebTestClient.ResponseSpec refresh(String token) {
        return client.post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", token)).exchange();
    }

    private RSAKey publishedKey(String keyId) throws ParseException {
        String json = client.get().uri("/.well-known/jwks.json").exchange()
                .expectBody(String.class).returnResult().getResponseBody();
        return JWKSet.parse(json).getKeyByKeyId(keyId).toRSAKey();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

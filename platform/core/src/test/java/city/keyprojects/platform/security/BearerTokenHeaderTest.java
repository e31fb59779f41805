package city.keyprojects.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import reactor.test.StepVerifier;

class BearerTokenHeaderTest {

    /** Spring Security's own rule (ServerBearerTokenAuthenticationConverter), which this one must agree with. */
    private static final Pattern SPRING = Pattern.compile("^Bearer (?<token>[a-zA-Z0-9-._~+/]+=*)$",
            Pattern.CASE_INSENSITIVE);

    @ParameterizedTest
    @ValueSource(strings = { "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjZW50cmUifQ.c2lnbmF0dXJl",
            "bearer abc", "BEARER abc==", "Bearer a-b.c_d~e+f/g=", "Bearer ==", "Bearer ", "Bearer", "Bearerabc",
            "Bearer  abc", "Bearer abc def", "Bearer abc=d", "Bearer ab%c", "Bearer 令牌", "Bearer abc\n",
            "Basic dXNlcjpwYXNz", "Token abc", "" })
    void reads_exactly_the_tokens_spring_security_reads(String header) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/projects")
                .header("Authorization", header));
        var springToken = SPRING.matcher(header);

        if (!header.regionMatches(true, 0, "Bearer", 0, 6)) {
            StepVerifier.create(new BearerTokenHeader().convert(exchange)).verifyComplete();
        } else if (springToken.matches()) {
            StepVerifier.create(new BearerTokenHeader().convert(exchange))
                    .assertNext(authentication -> assertThat(((BearerTokenAuthenticationToken) authentication)
                            .getToken()).isEqualTo(springToken.group("token")))
                    .verifyComplete();
        } else {
            StepVerifier.create(new BearerTokenHeader().convert(exchange))
                    .expectError(OAuth2AuthenticationException.class).verify();
        }
    }

    @Test
    void a_request_without_the_header_carries_no_token() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/projects"));

        StepVerifier.create(new BearerTokenHeader().convert(exchange)).verifyComplete();
    }
}

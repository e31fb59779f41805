package city.keyprojects.platform.security;

import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import city.keyprojects.platform.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem responses. A 401 says whether the token was missing or rejected, with the
 * {@code WWW-Authenticate} challenge of RFC 6750; the reason a token was rejected is not spelled out beyond
 * that, so the answer teaches a forger nothing.
 */
final class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private final ProblemResponses responses;

    SecurityProblems(ProblemResponses responses) {
        this.responses = responses;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean rejected = failure instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsHeader("Authorization");
        Map<String, Object> problem = rejected
                ? ProblemResponses.problem("invalid-token", HttpStatus.UNAUTHORIZED, "Invalid access token",
                        "The access token is malformed, expired, not yet valid, or not issued for this platform. "
                                + "Sign in again.")
                : ProblemResponses.problem("unauthenticated", HttpStatus.UNAUTHORIZED, "Sign-in required",
                        "This needs a signed-in user: send an access token as 'Authorization: Bearer <token>'.");
        String challenge = rejected ? "Bearer error=\"invalid_token\"" : "Bearer";
        return responses.write(exchange, problem, withUnreadBody(exchange, Map.of("WWW-Authenticate", challenge)));
    }

    /**
     * A refused request's body is never read. Closing the connection after the answer keeps its unread bytes from
     * being taken for the next request on a kept-alive connection (seen as a request that never got an answer).
     */
    private static Map<String, String> withUnreadBody(ServerWebExchange exchange, Map<String, String> headers) {
        HttpHeaders request = exchange.getRequest().getHeaders();
        boolean hasBody = request.getContentLength() > 0 || request.containsHeader(HttpHeaders.TRANSFER_ENCODING);
        if (!hasBody) {
            return headers;
        }
        Map<String, String> closing = new HashMap<>(headers);
        closing.put(HttpHeaders.CONNECTION, "close");
        return closing;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return responses.write(exchange, ProblemResponses.problem("role-not-allowed", HttpStatus.FORBIDDEN,
                "Not allowed for your role", "Your role may not do this."), withUnreadBody(exchange, Map.of()));
    }
}

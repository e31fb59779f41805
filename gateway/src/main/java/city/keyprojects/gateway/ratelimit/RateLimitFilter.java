package city.keyprojects.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import city.keyprojects.platform.problem.ProblemException;
import reactor.core.publisher.Mono;

/**
 * Answers 429 (a problem response with {@code Retry-After}) to a client address that exceeds its allowance on
 * {@code /api/**}. Runs right after request correlation, before routing, so a refused request never reaches a
 * service. Keyed by the connection's address: forwarded-for headers are not trusted here.
 */
@Component
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitFilter implements WebFilter, Ordered {

    private final boolean enabled;
    private final TokenBuckets api;
    private final TokenBuckets login;

    RateLimitFilter(RateLimitProperties properties) {
        this.enabled = properties.enabled();
        this.api = new TokenBuckets(properties.api(), System::nanoTime);
        this.login = new TokenBuckets(properties.login(), System::nanoTime);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!enabled || !path.startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String client = client(exchange);
        Duration wait = path.startsWith("/api/auth/login") ? login.take(client) : api.take(client);
        if (wait.isZero()) {
            return chain.filter(exchange);
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Mono.error(new ProblemException("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
                "Too many requests from this address; try again in " + seconds + " s.",
                Map.of("Retry-After", Long.toString(seconds))));
    }

    private static String client(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}

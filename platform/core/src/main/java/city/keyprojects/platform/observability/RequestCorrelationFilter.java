package city.keyprojects.platform.observability;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Gives every request an {@code X-Request-Id} and a W3C {@code traceparent}: kept when the caller sent valid
 * ones (the gateway does), made up otherwise. Both go on to the handler (and, in the gateway, downstream), the
 * request id is echoed on the response, and both are recorded in the events the request causes.
 */
public final class RequestCorrelationFilter implements WebFilter, Ordered {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String TRACEPARENT = "traceparent";

    private static final Pattern VALID_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Pattern VALID_TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = valid(request.getHeaders().getFirst(REQUEST_ID), VALID_REQUEST_ID);
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        String traceparent = valid(request.getHeaders().getFirst(TRACEPARENT), VALID_TRACEPARENT);
        if (traceparent == null) {
            traceparent = newTraceparent();
        }
        String id = requestId;
        String trace = traceparent;
        ServerWebExchange correlated = exchange.mutate()
                .request(r -> r.headers(headers -> {
                    headers.set(REQUEST_ID, id);
                    headers.set(TRACEPARENT, trace);
                }))
                .build();
        correlated.getResponse().getHeaders().set(REQUEST_ID, id);
        return chain.filter(correlated)
                .contextWrite(context -> context.put(RequestContext.CONTEXT_KEY, new RequestContext(id, trace)));
    }

    private static String valid(String value, Pattern pattern) {
        return value != null && pattern.matcher(value).matches() ? value : null;
    }

    static String newTraceparent() {
        byte[] traceId = new byte[16];
        byte[] spanId = new byte[8];
        RANDOM.nextBytes(traceId);
        RANDOM.nextBytes(spanId);
        HexFormat hex = HexFormat.of();
        return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
    }
}

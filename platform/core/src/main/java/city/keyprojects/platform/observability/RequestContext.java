package city.keyprojects.platform.observability;

import reactor.core.publisher.Mono;

/**
 * The request id ({@code X-Request-Id}) and W3C {@code traceparent} of the HTTP request being served, carried in
 * the Reactor context so that events written while serving it record where they came from.
 */
public record RequestContext(String requestId, String traceparent) {

    static final String CONTEXT_KEY = RequestContext.class.getName();
    public static final RequestContext NONE = new RequestContext(null, null);

    public static Mono<RequestContext> current() {
        return Mono.deferContextual(context -> Mono.just(context.getOrDefault(CONTEXT_KEY, NONE)));
    }
}

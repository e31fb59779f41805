package city.keyprojects.gateway.routing;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Refuses paths that a service behind the gateway might resolve differently from the gateway's route matching:
 * {@code .} or {@code ..} segments (also percent-encoded, or followed by {@code ;} parameters) and encoded
 * slashes or backslashes. Otherwise {@code /api/projects/../actuator/health} matches the project route here and
 * could reach the service's {@code /actuator/health} there.
 */
@Component
class AmbiguousPathFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        // Right after the request-correlation filter, so the rejection carries the request id.
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        for (PathContainer.Element element : exchange.getRequest().getPath().elements()) {
            if (element instanceof PathContainer.PathSegment segment && isAmbiguous(segment.valueToMatch())) {
                return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "The path contains '.' or '..'"
                        + " segments or encoded slashes, which the gateway does not accept."));
            }
        }
        return chain.filter(exchange);
    }

    /**
     * {@code decoded} is the segment percent-decoded, without its {@code ;} parameters; an encoded {@code ;} is still
     * in it, and some servers would cut it there.
     */
    private static boolean isAmbiguous(String decoded) {
        int parameters = decoded.indexOf(';');
        String name = parameters < 0 ? decoded : decoded.substring(0, parameters);
        return name.equals(".") || name.equals("..") || decoded.indexOf('/') >= 0 || decoded.indexOf('\\') >= 0;
    }
}

package city.keyprojects.gateway.routing;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import city.keyprojects.platform.observability.RequestCorrelationFilter;

/**
 * Drops the service's echo of {@code X-Request-Id} from its response. The gateway has already put the same id on
 * the response; the routing filter adds the service's headers to it, which would send the header twice, and a
 * retry or fallback removes the service's headers again, which would take the id away with them.
 */
@Component
class UpstreamRequestIdFilter implements HttpHeadersFilter {

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        if (!input.containsHeader(RequestCorrelationFilter.REQUEST_ID)) {
            return input;
        }
        HttpHeaders filtered = HttpHeaders.copyOf(input);
        filtered.remove(RequestCorrelationFilter.REQUEST_ID);
        return filtered;
    }

    @Override
    public boolean supports(Type type) {
        return type == Type.RESPONSE;
    }
}

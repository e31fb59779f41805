package city.keyprojects.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import city.keyprojects.platform.observability.RequestCorrelationFilter;
import city.keyprojects.platform.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Answers for a service when its route's circuit breaker gives up: 504 when the service did not answer in time,
 * 503 when it could not be reached or its breaker is open. Both are RFC 9457 problem responses in the platform's
 * shape (types documented in docs/problems.md), about the path the client asked for. Not part of the API: hidden
 * from the OpenAPI description.
 */
@Hidden
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @RequestMapping("/fallback/{service}")
    ResponseEntity<Map<String, Object>> fallback(@PathVariable String service, ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (failure == null) {
            // Only a breaker forwards here; called directly, this path is as unknown as any other.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        boolean timedOut = isTimeout(failure);
        HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
        String requestId = exchange.getResponse().getHeaders().getFirst(RequestCorrelationFilter.REQUEST_ID);
        String path = originalPath(exchange);
        log.warn("{} service {} for {} {} (request {}): {}", service, timedOut ? "timed out" : "unavailable",
                exchange.getRequest().getMethod(), path, requestId, failure.toString());

        Map<String, Object> problem = ProblemResponses.problem(timedOut ? "gateway-timeout" : "service-unavailable",
                status, timedOut ? "Service did not answer in time" : "Service unavailable",
                detail(service, timedOut, exchange.getRequest().getMethod()));
        problem.put("instance", path);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * A time-out is either the HTTP client's response time-out (a gateway TimeoutException, wrapped in a 504
     * ResponseStatusException) or the breaker's time limiter (java.util.concurrent.TimeoutException). A connect
     * time-out is not one of them: the service could not be reached, like a refused connection.
     */
    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException
                    || t instanceof org.springframework.cloud.gateway.support.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String detail(String service, boolean timedOut, HttpMethod method) {
        if (!timedOut) {
            return "The " + service + " service is unavailable at the moment; try again shortly.";
        }
        if (SAFE.contains(method)) {
            return "The " + service + " service did not answer in time; try again shortly.";
        }
        // The change may have been made even though no answer came back: repeating it blindly could make it twice.
        return "The " + service + " service did not answer in time. The change may still have been made;"
                + " check before trying again.";
    }

    /** The path the client asked for (see {@link OriginalRequestUrlFilter}), not the internal /fallback/… one. */
    private static String originalPath(ServerWebExchange exchange) {
        Set<URI> original = exchange.getAttribute(GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        return original != null && !original.isEmpty() ? original.iterator().next().getRawPath()
                : exchange.getRequest().getPath().value();
    }
}

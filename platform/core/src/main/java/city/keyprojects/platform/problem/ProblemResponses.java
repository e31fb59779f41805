package city.keyprojects.platform.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.resource.NoResourceFoundException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;

import city.keyprojects.platform.calendar.UnknownCalendarYearException;
import city.keyprojects.platform.observability.RequestCorrelationFilter;
import city.keyprojects.platform.outbox.DuplicateAggregateException;
import city.keyprojects.platform.outbox.StaleVersionException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error a client sees is an RFC 9457 problem response ({@code application/problem+json}) with a
 * {@code type} documented in docs/problems.md, a plain-words {@code detail}, the {@code instance} path and the
 * {@code requestId}. Unexpected failures are logged with their stack trace and shown to the client only as
 * "unexpected error" with the request id to quote.
 */
public final class ProblemResponses implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    public static final String TYPE_BASE = "https://key-projects.example.gov.cn/problems/";

    private final JsonMapper mapper;
    private final List<Class<? extends Throwable>> unavailableCauses;

    /**
     * @param unavailableCauses failures of what the service depends on (its database not answering in time): a
     *                          request failing with one of them anywhere in its causes gets a 503 the client may retry
     */
    public ProblemResponses(JsonMapper mapper, List<Class<? extends Throwable>> unavailableCauses) {
        this.mapper = mapper;
        this.unavailableCauses = List.copyOf(unavailableCauses);
    }

    @Override
    public int getOrder() {
        // Before Spring Boot's own error handler (-1), which would answer in its own format.
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Map<String, Object> problem = toProblem(error);
        int status = (int) problem.get("status");
        String requestId = response.getHeaders().getFirst(RequestCorrelationFilter.REQUEST_ID);
        if (status == HttpStatus.SERVICE_UNAVAILABLE.value() && !(error instanceof ErrorResponse)) {
            // Expected while the database is away: one line per request, not a stack trace each.
            log.warn("Unavailable serving {} {} (request {}): {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), requestId, error.toString());
            return write(exchange, problem, Map.of(HttpHeaders.RETRY_AFTER, "5"));
        }
        if (status >= 500 && !(error instanceof ErrorResponse)) {
            log.error("Unexpected failure serving {} {} (request {})", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), requestId, error);
        }
        if (error instanceof ErrorResponse errorResponse) {
            errorResponse.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        }
        return write(exchange, problem, error instanceof ProblemException typed ? typed.headers() : Map.of());
    }

    /**
     * Answers with a problem made by {@link #problem}, adding {@code instance} and {@code requestId}; for the
     * parts of the platform that answer outside a handler (the security filters).
     */
    public Mono<Void> write(ServerWebExchange exchange, Map<String, Object> problem, Map<String, String> headers) {
        ServerHttpResponse response = exchange.getResponse();
        problem.put("instance", exchange.getRequest().getPath().value());
        String requestId = response.getHeaders().getFirst(RequestCorrelationFilter.REQUEST_ID);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        response.setStatusCode(HttpStatusCode.valueOf((int) problem.get("status")));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.forEach(response.getHeaders()::set);
        byte[] body = mapper.writeValueAsBytes(problem);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    Map<String, Object> toProblem(Throwable error) {
        if (error instanceof WebExchangeBindException bind) {
            List<Map<String, String>> errors = bind.getFieldErrors().stream()
                    .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                    .toList();
            Map<String, Object> problem = problem("validation", HttpStatus.BAD_REQUEST, "Invalid request",
                    errors.size() == 1 ? errors.get(0).get("field") + ": " + errors.get(0).get("message")
                            : errors.size() + " fields are invalid");
            problem.put("errors", errors);
            return problem;
        }
        if (error instanceof HandlerMethodValidationException validation) {
            // A body checked together with constrained parameters reports its own fields, not the parameter's name.
            List<Map<String, String>> errors = validation.getParameterValidationResults().stream()
                    .flatMap(result -> result instanceof ParameterErrors body
                            ? body.getFieldErrors().stream()
                                    .map(f -> Map.of("field", f.getField(), "message",
                                            String.valueOf(f.getDefaultMessage())))
                            : result.getResolvableErrors().stream()
                                    .map(e -> Map.of("field",
                                            String.valueOf(result.getMethodParameter().getParameterName()),
                                            "message", String.valueOf(e.getDefaultMessage()))))
                    .toList();
            Map<String, Object> problem = problem("validation", HttpStatus.BAD_REQUEST, "Invalid request",
                    errors.isEmpty() ? "The request is invalid."
                            : errors.get(0).get("field") + ": " + errors.get(0).get("message"));
            problem.put("errors", errors);
            return problem;
        }
        if (error instanceof InvalidInputException invalid) {
            Map<String, Object> problem = problem("validation", HttpStatus.BAD_REQUEST, "Invalid request",
                    invalid.getMessage());
            problem.put("errors", invalid.errors());
            return problem;
        }
        if (error instanceof ServerWebInputException input) {
            return problem("unreadable-request", HttpStatus.BAD_REQUEST, "Unreadable request", readable(input));
        }
        if (hasCause(error, DataBufferLimitException.class)) {
            return problem("too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large",
                    "The request body is larger than this service accepts.");
        }
        if (error instanceof ProblemException typed) {
            return problem(typed.type(), typed.status(), typed.title(), typed.getMessage());
        }
        if (error instanceof NotFoundException) {
            return problem("not-found", HttpStatus.NOT_FOUND, "Not found", error.getMessage());
        }
        if (error instanceof RuleViolationException rule) {
            Map<String, Object> problem = problem("rule-violation", HttpStatus.CONFLICT, "Not allowed now",
                    rule.getMessage());
            problem.put("rule", rule.rule());
            return problem;
        }
        if (error instanceof StaleVersionException) {
            return problem("stale-version", HttpStatus.CONFLICT, "Changed in the meantime", error.getMessage());
        }
        if (error instanceof DuplicateAggregateException) {
            return problem("duplicate", HttpStatus.CONFLICT, "Already exists", error.getMessage());
        }
        if (error instanceof UnknownCalendarYearException) {
            return problem("calendar-year-unknown", HttpStatus.UNPROCESSABLE_CONTENT,
                    "Working-day calendar does not cover that year", error.getMessage());
        }
        if (unavailableCauses.stream().anyMatch(cause -> hasCause(error, cause))) {
            return problem("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                    "The service's database did not answer in time; nothing is confirmed. Try again shortly.");
        }
        if (error instanceof NoResourceFoundException) {
            return problem("not-found", HttpStatus.NOT_FOUND, "Not found", "Nothing is served at this path.");
        }
        if (error instanceof ErrorResponse errorResponse) {
            HttpStatusCode status = errorResponse.getStatusCode();
            String detail = errorResponse.getBody().getDetail();
            HttpStatus known = HttpStatus.resolve(status.value());
            return problem(null, status, known != null ? known.getReasonPhrase() : "Error",
                    detail != null ? detail : known != null ? known.getReasonPhrase() : "Error");
        }
        return problem("unexpected", HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error",
                "The request could not be completed. Quote the request id when you report this.");
    }

    private static String readable(ServerWebInputException input) {
        Throwable cause = input.getCause();
        if (cause instanceof DecodingException decoding) {
            String reason = decoding.getMostSpecificCause().getMessage();
            if (reason != null) {
                // Jackson appends the source location after a newline; the first line is the useful part.
                reason = reason.lines().findFirst().orElse(reason);
                reason = reason.length() > 300 ? reason.substring(0, 300) + "…" : reason;
            }
            return "The request body is not valid JSON of the expected shape" + (reason != null ? ": " + reason : ".");
        }
        String reason = input.getReason();
        return reason != null ? reason : "The request could not be read.";
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The members every problem response starts with; {@code type} is the name after {@code /problems/}, or null
     * for {@code about:blank}. Callers add {@code instance}, {@code requestId} and any extension members.
     */
    public static Map<String, Object> problem(String type, HttpStatusCode status, String title, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type == null ? "about:blank" : URI.create(TYPE_BASE + type).toString());
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }
}

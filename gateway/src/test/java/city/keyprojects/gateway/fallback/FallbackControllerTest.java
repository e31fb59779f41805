package city.keyprojects.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.channel.ConnectTimeoutException;

/** Which failure gives which answer; the integration tests cover the ways they arise. */
class FallbackControllerTest {

    private final FallbackController controller = new FallbackController();

    @Test
    void a_time_limiter_timeout_is_504() {
        assertThat(answerTo(new TimeoutException("Did not observe any item within 15000ms")).getStatusCode())
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void a_response_timeout_is_504() {
        var responseTimeout = new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer",
                new org.springframework.cloud.gateway.support.TimeoutException("Response took longer"));

        assertThat(answerTo(responseTimeout).getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void a_refused_connection_a_connect_timeout_and_an_open_breaker_are_503() {
        assertThat(answerTo(new ConnectException("Connection refused")).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answerTo(new ConnectTimeoutException("connection timed out")).getStatusCode())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answerTo(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("x")))
                .getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void answers_as_a_problem_with_the_request_id() {
        ResponseEntity<Map<String, Object>> answer = answerTo(new ConnectException("Connection refused"));

        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getBody()).containsEntry("status", 503).containsEntry("requestId", "req-unit-1")
                .containsKeys("type", "title", "detail", "instance");
    }

    @Test
    void is_not_found_when_no_breaker_forwarded_the_request() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/fallback/project"));

        assertThatThrownBy(() -> controller.fallback("project", exchange))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    private ResponseEntity<Map<String, Object>> answerTo(Throwable failure) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/fallback/project"));
        exchange.getAttributes().put(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR, failure);
        exchange.getResponse().getHeaders().set("X-Request-Id", "req-unit-1");
        return controller.fallback("project", exchange);
    }
}

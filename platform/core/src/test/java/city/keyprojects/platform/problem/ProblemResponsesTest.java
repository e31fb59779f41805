package city.keyprojects.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import com.mongodb.MongoSocketReadTimeoutException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;

import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

class ProblemResponsesTest {

    private final ProblemResponses responses = new ProblemResponses(JsonMapper.builder().build(),
            List.of(MongoSocketReadTimeoutException.class, MongoTimeoutException.class));

    @Test
    void a_database_that_did_not_answer_in_time_is_a_503_the_client_may_retry() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/projects"));
        var failure = new DataAccessResourceFailureException("Timed out while reading",
                new MongoSocketReadTimeoutException("Timeout while receiving message", new ServerAddress(), null));

        StepVerifier.create(responses.handle(exchange, failure)).verifyComplete();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("5");
        StepVerifier.create(exchange.getResponse().getBodyAsString())
                .assertNext(body -> assertThat(body)
                        .contains("\"type\":\"" + ProblemResponses.TYPE_BASE + "service-unavailable\"")
                        .contains("\"status\":503").contains("\"instance\":\"/api/projects\""))
                .verifyComplete();
    }

    @Test
    void no_server_to_select_in_time_is_a_503_too() {
        assertThat(responses.toProblem(new MongoTimeoutException("Timed out waiting for a server")))
                .containsEntry("status", 503);
    }

    @Test
    void any_other_failure_stays_an_unexpected_500_that_names_no_cause() {
        var problem = responses.toProblem(new IllegalStateException("secret internals"));

        assertThat(problem).containsEntry("status", 500)
                .containsEntry("type", ProblemResponses.TYPE_BASE + "unexpected");
        assertThat(problem.get("detail").toString()).doesNotContain("secret");
    }
}

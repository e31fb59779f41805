package city.keyprojects.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's HTTP tests share: calling as a signed-in user, reading answers and problem responses as
 * JSON, and waiting for the events the service publishes on its topic. A service's own test API extends it with
 * its endpoints.
 */
public class ServiceApi implements AutoCloseable {

    public static final String PROBLEMS = "https://key-projects.example.gov.cn/problems/";

    protected final WebTestClient client;
    protected final EventCodec codec;
    protected final JsonMapper json;
    private final String topic;
    private PublishedEvents published;

    protected ServiceApi(WebTestClient client, EventCodec codec, JsonMapper json, String topic) {
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        this.codec = codec;
        this.json = json;
        this.topic = topic;
    }

    /** An officer of {@code department} (user id {@code <department>-officer}, as the demo accounts are named). */
    public static CurrentUser officerOf(String department) {
        return TestIdentity.user(department + "-officer", Role.DEPT_OFFICER, department, null);
    }

    /** Today in the city, by the real clock. */
    public static LocalDate today() {
        return LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
    }

    public WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }

    public JsonNode body(ResponseSpec response) {
        String text = response.expectBody(String.class).returnResult().getResponseBody();
        assertThat(text).as("response body").isNotNull();
        return json.readTree(text);
    }

    /** Asserts a problem response of the status and type (the name after {@code /problems/}); returns it. */
    public JsonNode problem(ResponseSpec response, int status, String type) {
        response.expectStatus().isEqualTo(status).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = body(response);
        assertThat(problem.get("type").asString()).as("problem %s", problem).isEqualTo(PROBLEMS + type);
        return problem;
    }

    /** Asserts a 409 naming the rule. */
    public JsonNode ruleViolation(ResponseSpec response, String rule) {
        JsonNode problem = problem(response, 409, "rule-violation");
        assertThat(problem.get("rule").asString()).as("problem %s", problem).isEqualTo(rule);
        return problem;
    }

    /** The fields a 400 validation problem names. */
    public List<String> invalidFields(ResponseSpec response) {
        JsonNode problem = problem(response, 400, "validation");
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** Waits for exactly {@code count} events under {@code key} (as far as seen) that {@code which} accepts. */
    public List<EventEnvelope> events(String key, Predicate<EventEnvelope> which, int count) {
        return published().awaitEnvelopes(codec, key, which, count);
    }

    /** Waits for {@code count} such events, then a while longer, and asserts that no more came. */
    public List<EventEnvelope> exactlyEvents(String key, Predicate<EventEnvelope> which, int count) {
        events(key, which, count);
        List<EventEnvelope> all = PublishedEvents.envelopes(codec, published().drain(Duration.ofMillis(1500)), key,
                which);
        assertThat(all).as("events under the key %s", key).hasSize(count);
        return all;
    }

    public static Predicate<EventEnvelope> ofType(String type) {
        return PublishedEvents.ofType(type);
    }

    private PublishedEvents published() {
        if (published == null) {
            published = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), topic);
        }
        return published;
    }

    @Override
    public void close() {
        if (published != null) {
            published.close();
        }
    }
}

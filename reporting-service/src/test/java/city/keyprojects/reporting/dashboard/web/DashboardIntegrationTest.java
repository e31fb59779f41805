package city.keyprojects.reporting.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public dashboard over HTTP, fed by events on {@code project.events.v1}. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class DashboardIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;
    @Autowired
    ReportSnapshots snapshots;

    @Test
    void a_project_registered_planned_and_reported_on_the_topic_shows_in_the_figures_anyone_may_read() {
        int year = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE).getYear();
        // Other tests change the facts directly: start from figures built on all of them.
        snapshots.refresh().block(Duration.ofSeconds(30));
        JsonNode before = dashboard("");
        String projectId = UUID.randomUUID().toString();

        try (ForeignEvents projects = new ForeignEvents(codec)) {
            projects.publish("project.events.v1", fresh("project.registered", projectId, data -> { }));
            projects.publish("project.events.v1", fresh("project.annual-plan-set", projectId,
                    data -> data.put("year", year)));
            projects.publish("project.events.v1", fresh("project.investment-reported", projectId,
                    data -> data.put("month", year + "-07")));
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode after = dashboard("");
            assertThat(after.get("projectCount").asLong()).isEqualTo(before.get("projectCount").asLong() + 1);
            assertThat(amount(after, "annualPlan").subtract(amount(before, "annualPlan")))
                    .isEqualByComparingTo("792000000");
            assertThat(amount(after, "completed").subtract(amount(before, "completed")))
                    .isEqualByComparingTo("62000000");
        });
        JsonNode figures = dashboard("").get("figures");
        assertThat(figures.get("year").asInt()).isEqualTo(year);
        assertThat(figures.get("months")).hasSize(12);
        assertThat(figures.get("bySector").has("INDUSTRIAL")).isTrue();
        assertThat(figures.get("byDistrict").has("510703")).isTrue();
    }

    @Test
    void a_year_other_than_this_or_the_last_is_a_400_naming_it() {
        int year = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE).getYear();
        client.get().uri("/api/reports/dashboard?year={y}", year - 1).exchange().expectStatus().isOk();
        client.get().uri("/api/reports/dashboard?year={y}", year - 2).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        client.get().uri("/api/reports/dashboard?year=soon").exchange().expectStatus().isBadRequest();
    }

    private JsonNode dashboard(String query) {
        String body = client.get().uri("/api/reports/dashboard" + query).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private static BigDecimal amount(JsonNode dashboard, String field) {
        return dashboard.get("figures").get("headline").get(field).decimalValue();
    }

    private EventEnvelope fresh(String type, String projectId, Consumer<ObjectNode> adjust) {
        EventEnvelope event = CONTRACT.exampleOfProject(codec, type, projectId);
        adjust.accept((ObjectNode) event.data());
        return event;
    }
}

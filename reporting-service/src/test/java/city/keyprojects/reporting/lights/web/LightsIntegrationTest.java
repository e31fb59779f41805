package city.keyprojects.reporting.lights.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The traffic lights over HTTP, on projects whose documented events (docs/events/asyncapi.yaml) are applied to the
 * facts, the reports then refreshed. Dates are relative to today, so that the lights are the same whatever the day:
 * <ul>
 * <li>late — in preparation, planned to start four months ago, not started: red this year; last year it had a plan
 * of 7.92亿 (6600万 a month) and completed nothing: 100 points behind, red;</li>
 * <li>slow — planned to start last month, not started: yellow;</li>
 * <li>early — planned to start in two months: green, pre-stage;</li>
 * <li>done — completed: green, due a return visit.</li>
 * </ul>
 */
// The same context as the other HTTP tests: one start-up for all.
@PlatformIntegrationTest
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LightsIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();
    private static final LocalDate TODAY = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
    private static final int YEAR = TODAY.getYear();

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;
    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    ReportSnapshots snapshots;

    private final String late = UUID.randomUUID().toString();
    private final String slow = UUID.randomUUID().toString();
    private final String early = UUID.randomUUID().toString();
    private final String done = UUID.randomUUID().toString();

    @BeforeAll
    void projects_are_registered_and_the_reports_refreshed() {
        List<EventEnvelope> events = new ArrayList<>();
        events.addAll(preparing(late, TODAY.minusMonths(4)));
        events.add(fresh("project.annual-plan-set", late, data -> data.put("year", YEAR - 1)));
        events.addAll(preparing(slow, TODAY.minusMonths(1)));
        events.addAll(preparing(early, TODAY.plusMonths(2)));
        events.addAll(preparing(done, TODAY.minusMonths(30)));
        events.add(fresh("project.stage-changed", done, data -> data.put("from", "UNDER_CONSTRUCTION")
                .put("to", "COMPLETED")));
        events.forEach(event -> projection.apply(event).block(Duration.ofSeconds(10)));
        snapshots.refresh().block(Duration.ofSeconds(30));
    }

    @Test
    void a_project_not_started_four_months_after_its_planned_month_is_red_with_its_figures_and_tier() {
        JsonNode view = project(TestIdentity.LEADER, late, "");
        assertThat(view.get("year").asInt()).isEqualTo(YEAR);
        JsonNode light = view.get("project");
        assertThat(light.get("projectId").asString()).isEqualTo(late);
        assertThat(light.get("name").asString()).isEqualTo("经开区连接器产业园项目");
        assertThat(light.get("district").asString()).isEqualTo("510703");
        assertThat(light.get("sector").asString()).isEqualTo("INDUSTRIAL");
        assertThat(light.get("officer").asString()).isEqualTo("officer");
        assertThat(light.get("light").asString()).isEqualTo("RED");
        assertThat(light.get("rule").asString()).isEqualTo("not-started-in-planned-month");
        assertThat(light.get("tier").asString()).isEqualTo("LAGGING");
        JsonNode explanation = light.get("explanation");
        assertThat(explanation.get("monthsLate").asLong()).isEqualTo(4);
        assertThat(explanation.get("plannedStart").asString()).isEqualTo(TODAY.minusMonths(4).toString());
        assertThat(explanation.get("stage").asString()).isEqualTo("PREPARATION");
        assertThat(explanation.get("reasons").get(0).get("rule").asString())
                .isEqualTo("not-started-in-planned-month");
        assertThat(explanation.get("reasons").get(1).get("rule").asString())
                .as("no plan this year, or nothing due in January")
                .isIn("no-plan", "nothing-due-yet");
    }

    @Test
    void each_project_has_its_light_and_service_tier() {
        JsonNode slowLight = project(TestIdentity.ZJJ_OFFICER, slow, "").get("project");
        assertThat(slowLight.get("light").asString()).isEqualTo("YELLOW");
        assertThat(slowLight.get("explanation").get("monthsLate").asLong()).isEqualTo(1);
        assertThat(slowLight.get("tier").asString()).isEqualTo("LAGGING");

        JsonNode earlyLight = project(TestIdentity.OFFICER, early, "").get("project");
        assertThat(earlyLight.get("light").asString()).isEqualTo("GREEN");
        assertThat(earlyLight.get("tier").asString()).isEqualTo("PRE_STAGE");

        JsonNode doneLight = project(TestIdentity.CENTRE, done, "").get("project");
        assertThat(doneLight.get("light").asString()).isEqualTo("GREEN");
        assertThat(doneLight.get("rule").asString()).isEqualTo("completed");
        assertThat(doneLight.get("tier").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void last_years_lights_measure_the_pace_through_december() {
        JsonNode view = project(TestIdentity.LEADER, late, "?year=" + (YEAR - 1));
        assertThat(view.get("year").asInt()).isEqualTo(YEAR - 1);
        JsonNode light = view.get("project");
        assertThat(light.get("light").asString()).isEqualTo("RED");
        assertThat(light.get("rule").asString()).as("the pace is named first on a tie")
                .isEqualTo("behind-planned-pace");
        JsonNode explanation = light.get("explanation");
        assertThat(explanation.get("dueThrough").asString()).isEqualTo((YEAR - 1) + "-12");
        assertThat(explanation.get("annualPlan").decimalValue()).isEqualByComparingTo("792000000");
        assertThat(explanation.get("plannedToDate").decimalValue()).isEqualByComparingTo("792000000");
        assertThat(explanation.get("completedToDate").decimalValue()).isEqualByComparingTo("0");
        assertThat(explanation.get("pointsBehind").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void the_report_lists_the_red_and_yellow_ones_counts_them_and_filters_the_projects_by_colour() {
        JsonNode all = lights(TestIdentity.LEADER, "");
        assertThat(all.get("year").asInt()).isEqualTo(YEAR);
        assertThat(all.get("asOf").asString()).isEqualTo(TODAY.toString());
        assertThat(all.get("rules").get("yellowFromPoints").decimalValue()).isEqualByComparingTo("10");
        assertThat(all.get("rules").get("redAbovePoints").decimalValue()).isEqualByComparingTo("30");
        assertThat(all.get("rules").get("notStartedYellowAfterMonths").asInt()).isEqualTo(1);
        assertThat(all.get("rules").get("notStartedRedAfterMonths").asInt()).isEqualTo(3);
        assertThat(ids(all.get("red"))).contains(late).doesNotContain(slow, early, done);
        assertThat(ids(all.get("yellow"))).contains(slow).doesNotContain(late, early, done);
        assertThat(ids(all.get("projects"))).contains(late, slow, early, done);
        JsonNode counts = all.get("counts");
        assertThat(counts.get("red").asLong()).isEqualTo(all.get("red").size());
        assertThat(counts.get("yellow").asLong()).isEqualTo(all.get("yellow").size());
        assertThat(counts.get("green").asLong() + counts.get("yellow").asLong() + counts.get("red").asLong())
                .isEqualTo(all.get("projects").size());
        JsonNode tiers = all.get("tiers");
        assertThat(tiers.propertyNames()).containsExactly("ON_TRACK", "PRE_STAGE", "COMPLETED", "LAGGING");
        assertThat(tiers.get("LAGGING").asLong()).isEqualTo(counts.get("red").asLong() + counts.get("yellow").asLong());
        assertThat(all.get("colour").isNull()).isTrue();

        JsonNode red = lights(TestIdentity.ZRJ_OFFICER, "?colour=RED");
        assertThat(red.get("colour").asString()).isEqualTo("RED");
        assertThat(ids(red.get("projects"))).contains(late).doesNotContain(slow, early, done)
                .hasSize(red.get("counts").get("red").asInt());
        assertThat(ids(red.get("yellow"))).as("the red and yellow lists are whole").contains(slow);

        JsonNode green = lights(TestIdentity.OFFICER, "?colour=GREEN&year=" + YEAR);
        assertThat(ids(green.get("projects"))).contains(early, done).doesNotContain(late, slow)
                .hasSize(green.get("counts").get("green").asInt());
    }

    @Test
    void a_bad_year_or_colour_is_a_400_and_an_unknown_project_a_404() {
        WebTestClient leader = TestIdentity.shared().signedIn(client, TestIdentity.LEADER);
        leader.get().uri("/api/reports/lights?year={y}", YEAR - 2).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        leader.get().uri("/api/reports/lights?year={y}", YEAR + 1).exchange().expectStatus().isBadRequest();
        leader.get().uri("/api/reports/lights?year=soon").exchange().expectStatus().isBadRequest();
        leader.get().uri("/api/reports/lights?year=99999999999").exchange().expectStatus().isBadRequest();
        leader.get().uri("/api/reports/lights?colour=PURPLE").exchange().expectStatus().isBadRequest();
        leader.get().uri("/api/reports/lights?colour=red").exchange().expectStatus()
                .isBadRequest();
        leader.get().uri("/api/reports/lights/projects/{id}?year={y}", late, YEAR - 2).exchange().expectStatus()
                .isBadRequest();
        leader.get().uri("/api/reports/lights/projects/{id}?year=last", late).exchange().expectStatus()
                .isBadRequest();
        leader.get().uri("/api/reports/lights/projects/{id}", "x".repeat(65)).exchange().expectStatus()
                .isBadRequest();
        leader.get().uri("/api/reports/lights/projects/{id}", UUID.randomUUID()).exchange().expectStatus()
                .isNotFound();
    }

    @Test
    void enterprises_and_visitors_may_not_read_the_lights() {
        WebTestClient enterprise = TestIdentity.shared().signedIn(client, TestIdentity.ENTERPRISE);
        enterprise.get().uri("/api/reports/lights").exchange().expectStatus().isForbidden();
        enterprise.get().uri("/api/reports/lights/projects/{id}", late).exchange().expectStatus().isForbidden();
        client.get().uri("/api/reports/lights").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/reports/lights/projects/{id}", late).exchange().expectStatus().isUnauthorized();
    }

    private JsonNode lights(CurrentUser user, String query) {
        return get(user, "/api/reports/lights" + query);
    }

    private JsonNode project(CurrentUser user, String projectId, String query) {
        return get(user, "/api/reports/lights/projects/" + projectId + query);
    }

    private JsonNode get(CurrentUser user, String uri) {
        String body = TestIdentity.shared().signedIn(client, user).get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private static List<String> ids(JsonNode lights) {
        List<String> ids = new ArrayList<>();
        lights.forEach(light -> ids.add(light.get("projectId").asString()));
        return ids;
    }

    /** Registered in preparation to start on {@code plannedStart}, its officer named. */
    private List<EventEnvelope> preparing(String projectId, LocalDate plannedStart) {
        return List.of(
                fresh("project.registered", projectId, data -> data.put("stage", "PREPARATION")
                        .put("plannedStart", plannedStart.toString())),
                fresh("project.responsibility-assigned", projectId, data -> { }));
    }

    private EventEnvelope fresh(String type, String projectId, Consumer<ObjectNode> adjust) {
        EventEnvelope event = CONTRACT.exampleOfProject(codec, type, projectId);
        adjust.accept((ObjectNode) event.data());
        return event;
    }
}

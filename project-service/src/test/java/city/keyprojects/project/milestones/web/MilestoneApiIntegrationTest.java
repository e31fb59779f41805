package city.keyprojects.project.milestones.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.milestones.application.DetectingMissedMilestones;

/**
 * The milestone endpoints end to end: a project assigned to {@link TestIdentity#OFFICER}, owned by
 * {@link TestIdentity#ENTERPRISE}. Dates are relative to today in the city, as the service's clock is real.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class MilestoneApiIntegrationTest {

    private static final String PROJECT = """
            {"name":"德州经开区新能源装备产业园","ownerName":"某新能源装备公司","ownerCreditCode":"%s",
             "district":"371400","sector":"INDUSTRIAL","level":"MUNICIPAL_KEY","totalInvestment":"1200000000.00"}"""
            .formatted(TestIdentity.ENTERPRISE.creditCode());
    private static final String PROBLEMS = "https://key-projects.example.gov.cn/problems/";

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    DetectingMissedMilestones detecting;

    final LocalDate today = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
    String projectId;

    @BeforeEach
    void aProjectAssignedToAnOfficer() {
        projectId = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PROJECT).exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", projectId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("officer", TestIdentity.OFFICER.id())).exchange()
                .expectStatus().isOk();
    }

    @Test
    void the_officer_plans_milestones_everyone_reads_them_and_each_is_published() {
        try (PublishedEvents events = topic()) {
            MilestonesView planned = plan(TestIdentity.OFFICER, 0, List.of(
                    line("START", null, today.plusDays(10)),
                    line("TOPPING_OUT", null, today.plusDays(120)),
                    line("CUSTOM", "主要设备进场", today.plusDays(200))))
                    .expectStatus().isOk()
                    .expectBody(MilestonesView.class).returnResult().getResponseBody();

            assertThat(planned.version()).isEqualTo(1);
            assertThat(planned.milestones()).extracting(MilestoneView::kind).extracting(Enum::name)
                    .containsExactly("START", "TOPPING_OUT", "CUSTOM");
            assertThat(planned.milestones()).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(MilestoneView.Status.PLANNED);
                assertThat(m.milestoneId()).isNotBlank();
            });

            // Public portal information: no token needed.
            client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.projectId").isEqualTo(projectId)
                    .jsonPath("$.version").isEqualTo(1)
                    .jsonPath("$.milestones.length()").isEqualTo(3)
                    .jsonPath("$.milestones[0].plannedDate").isEqualTo(today.plusDays(10).toString())
                    .jsonPath("$.milestones[0].actualDate").doesNotExist()
                    .jsonPath("$.milestones[2].name").isEqualTo("主要设备进场");

            List<EventEnvelope> published = events.awaitEnvelopes(codec, projectId,
                    MilestoneApiIntegrationTest::milestoneEvent, 3);
            assertThat(published).extracting(EventEnvelope::type).containsOnly("project.milestone-planned");
            EventEnvelope first = published.get(0);
            assertThat(first.actorid()).isEqualTo("officer");
            assertThat(first.actorrole()).isEqualTo("PROJECT_OFFICER");
            assertThat(first.data().get("kind").asString()).isEqualTo("START");
            assertThat(first.data().get("plannedDate").asString()).isEqualTo(today.plusDays(10).toString());
            assertThat(first.data().get("milestoneId").asString()).isEqualTo(planned.milestones().get(0).milestoneId());
        }
    }

    @Test
    void replanning_keeps_the_previous_date_in_the_event_and_a_stale_version_is_refused() {
        plan(TestIdentity.OFFICER, 0, List.of(line("START", null, today.plusDays(10)))).expectStatus().isOk();
        try (PublishedEvents events = topic()) {
            plan(TestIdentity.CENTRE, 1, List.of(line("START", null, today.plusDays(40)),
                    line("COMPLETION", null, today.plusDays(400))))
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.version").isEqualTo(2);

            List<EventEnvelope> published = events.awaitEnvelopes(codec, projectId,
                    MilestoneApiIntegrationTest::milestoneEvent, 3);
            EventEnvelope replanned = published.get(1);
            assertThat(replanned.type()).isEqualTo("project.milestone-replanned");
            assertThat(replanned.data().get("plannedDate").asString()).isEqualTo(today.plusDays(40).toString());
            assertThat(replanned.data().get("previousPlannedDate").asString())
                    .isEqualTo(today.plusDays(10).toString());
            assertThat(replanned.data().get("wasMissed").asBoolean()).isFalse();
            assertThat(published.get(2).type()).isEqualTo("project.milestone-planned");
        }
        plan(TestIdentity.CENTRE, 1, List.of(line("START", null, today.plusDays(50))))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "stale-version");
        plan(TestIdentity.CENTRE, 2, List.of(line("START", null, today.plusDays(500)),
                line("COMPLETION", null, today.plusDays(400))))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("standard-milestones-in-order");
        plan(TestIdentity.CENTRE, 2, List.of(line("START", null, today.plusDays(40)),
                line("START", null, today.plusDays(41))))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("one-of-each-standard-kind");
        // The same plan again is no change: same version.
        plan(TestIdentity.CENTRE, 2, List.of(line("START", null, today.plusDays(40)),
                line("COMPLETION", null, today.plusDays(400))))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void reaching_is_recorded_once_and_only_the_centre_corrects_it_keeping_the_earlier_date() {
        String start = plannedIds(List.of(line("START", null, today.plusDays(3)),
                line("TOPPING_OUT", null, today.plusDays(90)))).get(0);

        reach(TestIdentity.OFFICER, start, "{\"actualDate\":\"" + today.minusDays(1) + "\"}")
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(2)
                .jsonPath("$.milestones[0].actualDate").isEqualTo(today.minusDays(1).toString())
                .jsonPath("$.milestones[0].status").isEqualTo("REACHED_ON_TIME");
        // A repeat of the same day (a retried request) is no change.
        reach(TestIdentity.OFFICER, start, "{\"actualDate\":\"" + today.minusDays(1) + "\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        reach(TestIdentity.OFFICER, start, "{\"actualDate\":\"" + today + "\"}")
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("actual-date-recorded-once");
        // A reached milestone's plan is history.
        plan(TestIdentity.CENTRE, 2, List.of(line("TOPPING_OUT", null, today.plusDays(90))))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("reached-milestone-kept");

        correct(TestIdentity.OFFICER, start, today.minusDays(4), "以监理日志为准")
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "role-not-allowed");
        try (PublishedEvents events = topic()) {
            correct(TestIdentity.CENTRE, start, today.minusDays(4), "以监理日志为准")
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.version").isEqualTo(3)
                    .jsonPath("$.milestones[0].actualDate").isEqualTo(today.minusDays(4).toString());
            List<EventEnvelope> published = events.awaitEnvelopes(codec, projectId,
                    MilestoneApiIntegrationTest::milestoneEvent, 4);
            assertThat(published.get(2).type()).isEqualTo("project.milestone-reached");
            EventEnvelope corrected = published.get(3);
            assertThat(corrected.type()).isEqualTo("project.milestone-actual-date-corrected");
            assertThat(corrected.data().get("previousActualDate").asString())
                    .isEqualTo(today.minusDays(1).toString());
            assertThat(corrected.data().get("reason").asString()).isEqualTo("以监理日志为准");
            assertThat(corrected.actorrole()).isEqualTo("CITY_ADMIN");
        }
    }

    @Test
    void bad_plans_are_problem_responses_and_store_nothing() {
        String start = "{\"kind\":\"START\",\"plannedDate\":\"" + today.plusDays(10) + "\"}";
        expectPlanProblem("{\"version\":0,\"milestones\":[", "unreadable-request");
        expectPlanProblem("{\"version\":\"zero\",\"milestones\":[" + start + "]}", "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":" + start + "}", "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"GROUNDBREAKING\",\"plannedDate\":\"2026-03-01\"}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"2026-02-30\"}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"01/03/2026\"}]}",
                "unreadable-request");
        // Only the documented forms: no enum position numbers, no day counts or arrays for dates, exact case.
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":0,\"plannedDate\":\"2026-03-01\"}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"start\",\"plannedDate\":\"2026-03-01\"}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":20000}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":[2026,3,1]}]}",
                "unreadable-request");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":{\"$gt\":\"\"}}]}",
                "unreadable-request");
        // Server-owned fields cannot be sent.
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"2026-03-01\","
                + "\"actualDate\":\"2026-03-01\"}]}", "unreadable-request")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("actualDate"));
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"2026-03-01\","
                + "\"missedReported\":true}]}", "unreadable-request");
        expectPlanProblem("{\"milestones\":[" + start + "]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("version");
        expectPlanProblem("{\"version\":0}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("milestones");
        expectPlanProblem("{\"version\":-1,\"milestones\":[]}", "validation");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\"}]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("milestones[0].plannedDate");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"CUSTOM\",\"plannedDate\":\"2026-03-01\"}]}",
                "validation").jsonPath("$.errors[0].field").isEqualTo("milestones[0].name");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"CUSTOM\",\"name\":\"  \","
                + "\"plannedDate\":\"2026-03-01\"}]}", "validation");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"CUSTOM\",\"name\":\"" + "长".repeat(101)
                + "\",\"plannedDate\":\"2026-03-01\"}]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("milestones[0].name");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"name\":\"开工\","
                + "\"plannedDate\":\"2026-03-01\"}]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("milestones[0].name");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"kind\":\"START\",\"plannedDate\":\"1900-03-01\"}]}",
                "validation").jsonPath("$.errors[0].field").isEqualTo("milestones[0].plannedDate");
        expectPlanProblem("{\"version\":0,\"milestones\":[{\"milestoneId\":\"made-up\",\"kind\":\"START\","
                + "\"plannedDate\":\"2026-03-01\"}]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("milestones[0].milestoneId");
        expectPlanProblem("{\"version\":0,\"milestones\":[" + (start + ",").repeat(30) + start + "]}", "validation");

        client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(0)
                .jsonPath("$.milestones.length()").isEqualTo(0);
    }

    @Test
    void bad_reached_dates_are_problem_responses_and_store_nothing() {
        String start = plannedIds(List.of(line("START", null, today.plusDays(3)))).get(0);

        expectReachProblem(start, "{\"actualDate\":", 400, "unreadable-request");
        expectReachProblem(start, "{\"actualDate\":\"2026-02-30\"}", 400, "unreadable-request");
        expectReachProblem(start, "{\"actualDate\":true}", 400, "unreadable-request");
        expectReachProblem(start, "{\"actualDate\":20000}", 400, "unreadable-request");
        expectReachProblem(start, "{}", 400, "validation");
        expectReachProblem(start, "{\"actualDate\":\"1999-12-31\"}", 400, "validation");
        expectReachProblem(start, "{\"actualDate\":\"" + today.plusDays(1) + "\"}", 409, "rule-violation")
                .jsonPath("$.rule").isEqualTo("actual-date-not-in-future");
        expectReachProblem("no-such-milestone", "{\"actualDate\":\"" + today + "\"}", 404, "not-found");

        client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.milestones[0].actualDate").doesNotExist();
    }

    @Test
    void an_unknown_project_is_404_everywhere() {
        client.get().uri("/api/projects/no-such-project/milestones").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as(TestIdentity.CENTRE).put().uri("/api/projects/no-such-project/milestones")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 0, "milestones", List.of(line("START", null, today))))
                .exchange()
                .expectStatus().isNotFound();
        as(TestIdentity.CENTRE).post().uri("/api/projects/no-such-project/milestones/m/reached")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("actualDate", today.toString()))
                .exchange()
                .expectStatus().isNotFound();
        // A known project with nothing planned has no milestone to reach.
        as(TestIdentity.CENTRE).post().uri("/api/projects/{id}/milestones/m/reached", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("actualDate", today.toString()))
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void a_missed_milestone_is_published_once_listed_for_staff_and_replanning_it_is_recorded() {
        // Entered late: the start was planned ten days ago and has not happened.
        List<String> ids = plannedIds(List.of(line("START", null, today.minusDays(10)),
                line("TOPPING_OUT", null, today.plusDays(100))));
        String start = ids.get(0);

        try (PublishedEvents events = topic()) {
            detecting.detectMissed(today).block();
            detecting.detectMissed(today).block();

            List<EventEnvelope> missed = events.awaitEnvelopes(codec, projectId,
                    MilestoneApiIntegrationTest::milestoneEvent, 3).stream()
                    .filter(e -> e.type().equals("project.milestone-missed")).toList();
            assertThat(missed).hasSize(1);
            assertThat(missed.get(0).data().get("milestoneId").asString()).isEqualTo(start);
            assertThat(missed.get(0).data().get("plannedDate").asString()).isEqualTo(today.minusDays(10).toString());
            assertThat(missed.get(0).data().get("detectedOn").asString()).isEqualTo(today.toString());
            assertThat(missed.get(0).actorid()).isEqualTo("system");
            assertThat(missed.get(0).actorrole()).isEqualTo("SYSTEM");
            // Nothing more arrives for this project.
            assertThat(PublishedEvents.envelopes(codec, events.drain(Duration.ofSeconds(2)), projectId,
                    MilestoneApiIntegrationTest::milestoneEvent)).hasSize(3);
        }

        client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectBody()
                .jsonPath("$.milestones[0].status").isEqualTo("MISSED")
                .jsonPath("$.milestones[0].daysLate").isEqualTo(10)
                .jsonPath("$.milestones[1].status").isEqualTo("PLANNED");
        Map<?, ?> listed = missedEntry(TestIdentity.LEADER);
        assertThat(listed).isNotNull();
        assertThat(listed.get("projectName")).isEqualTo("德州经开区新能源装备产业园");
        assertThat((List<?>) listed.get("missed")).hasSize(1);

        try (PublishedEvents events = topic()) {
            plan(TestIdentity.OFFICER, 2, List.of(line("START", null, today.plusDays(5)),
                    line("TOPPING_OUT", null, today.plusDays(100)))).expectStatus().isOk();
            EventEnvelope replanned = events.awaitEnvelopes(codec, projectId,
                    MilestoneApiIntegrationTest::milestoneEvent, 4).get(3);
            assertThat(replanned.type()).isEqualTo("project.milestone-replanned");
            assertThat(replanned.data().get("wasMissed").asBoolean()).isTrue();
            assertThat(replanned.data().get("previousPlannedDate").asString())
                    .isEqualTo(today.minusDays(10).toString());
        }
        assertThat(missedEntry(TestIdentity.ZJJ_OFFICER)).isNull();
    }

    @Test
    void the_missed_list_is_for_staff_and_its_pages_are_capped() {
        as(TestIdentity.ENTERPRISE).get().uri("/api/milestones/missed").exchange()
                .expectStatus().isForbidden();
        client.get().uri("/api/milestones/missed").exchange().expectStatus().isUnauthorized();
        as(TestIdentity.CENTRE).get().uri("/api/milestones/missed?size=101").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as(TestIdentity.CENTRE).get().uri("/api/milestones/missed?page=-1").exchange()
                .expectStatus().isBadRequest();
        as(TestIdentity.OFFICER).get().uri("/api/milestones/missed?size=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.asOf").isEqualTo(today.toString())
                .jsonPath("$.size").isEqualTo(100);
    }

    /** This test's project in the missed list, looked for on every page; null if it is not listed. */
    private Map<?, ?> missedEntry(CurrentUser user) {
        for (int page = 0; page < 100; page++) {
            Map<?, ?> body = as(user).get().uri("/api/milestones/missed?size=100&page={page}", page).exchange()
                    .expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            List<?> items = (List<?>) body.get("items");
            for (Object item : items) {
                if (projectId.equals(((Map<?, ?>) item).get("projectId"))) {
                    return (Map<?, ?>) item;
                }
            }
            if (items.isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private List<String> plannedIds(List<Map<String, String>> lines) {
        return plan(TestIdentity.OFFICER, 0, lines).expectStatus().isOk()
                .expectBody(MilestonesView.class).returnResult().getResponseBody()
                .milestones().stream().map(MilestoneView::milestoneId).toList();
    }

    private WebTestClient.ResponseSpec plan(CurrentUser user, long version, List<Map<String, String>> lines) {
        return as(user).put().uri("/api/projects/{id}/milestones", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version, "milestones", lines)).exchange();
    }

    private WebTestClient.ResponseSpec reach(CurrentUser user, String milestoneId, String body) {
        return as(user).post().uri("/api/projects/{id}/milestones/{m}/reached", projectId, milestoneId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec correct(CurrentUser user, String milestoneId, LocalDate date, String reason) {
        return as(user).put().uri("/api/projects/{id}/milestones/{m}/actual-date", projectId, milestoneId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("actualDate", date.toString(), "reason", reason)).exchange();
    }

    private WebTestClient.BodyContentSpec expectPlanProblem(String body, String type) {
        return as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/milestones", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + type)
                .jsonPath("$.detail").isNotEmpty();
    }

    private WebTestClient.BodyContentSpec expectReachProblem(String milestoneId, String body, int status,
            String type) {
        return reach(TestIdentity.OFFICER, milestoneId, body)
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + type);
    }

    private static Map<String, String> line(String kind, String name, LocalDate plannedDate) {
        return name == null ? Map.of("kind", kind, "plannedDate", plannedDate.toString())
                : Map.of("kind", kind, "name", name, "plannedDate", plannedDate.toString());
    }

    private PublishedEvents topic() {
        return new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), "project.events.v1");
    }

    /** This project's milestone events on the topic, oldest first, once {@code count} of them arrived. */
    /** The milestone events of this test's project (its registration events share the key). */
    private static boolean milestoneEvent(EventEnvelope event) {
        return event.type().startsWith("project.milestone");
    }

    @Test
    void planned_dates_the_project_hides_are_not_shown_to_the_public() {
        as(TestIdentity.CENTRE).patch().uri("/api/projects/{id}", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 2, "hiddenFields", List.of("PLANNED_DATES"))).exchange()
                .expectStatus().isOk();
        LocalDate completion = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE).plusDays(300);
        plan(TestIdentity.CENTRE, 0, List.of(line("COMPLETION", null, completion))).expectStatus().isOk();

        client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.milestones[0].kind").isEqualTo("COMPLETION")
                .jsonPath("$.milestones[0].status").isEqualTo("PLANNED")
                .jsonPath("$.milestones[0].plannedDate").doesNotExist();
        as(TestIdentity.OFFICER).get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectBody().jsonPath("$.milestones[0].plannedDate").isEqualTo(completion.toString());
    }

    private WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

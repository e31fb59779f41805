package city.keyprojects.project.investment.web;

import static city.keyprojects.project.investment.web.InvestmentProjects.plan;
import static city.keyprojects.project.investment.web.InvestmentProjects.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.investment.domain.InvestmentPlan;

/**
 * Annual plans and monthly reports through the API. The year 2025 is over whenever this runs, so its statuses
 * do not depend on the day: every report made now for 2025 is late, every month without one is missing.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class InvestmentApiIntegrationTest {

    private static final String PROBLEMS = "https://key-projects.example.gov.cn/problems/";

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    AggregateStore<InvestmentPlan> plans;

    InvestmentProjects projects;
    String projectId;
    WebTestClient centre;
    WebTestClient officer;

    @BeforeEach
    void aProjectWithItsOfficer() {
        projects = new InvestmentProjects(client);
        projectId = projects.registerAssignedProject();
        centre = projects.as(TestIdentity.CENTRE);
        officer = projects.as(TestIdentity.OFFICER);
    }

    @Test
    void the_year_shows_the_plan_what_was_completed_its_share_of_the_plan_and_each_months_status_and_is_published() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                ProjectTopic.NAME)) {
            put(centre, "/annual-plans/2025", plan(0, "792000000.00", "66000000.00"))
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.year").isEqualTo(2025)
                    .jsonPath("$.revision").isEqualTo(1)
                    .jsonPath("$.monthlyAmounts.length()").isEqualTo(12);
            put(officer, "/monthly-reports/2025-01", report(0, "200000000.00", "20"))
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.month").isEqualTo("2025-01")
                    .jsonPath("$.revision").isEqualTo(1)
                    .jsonPath("$.dueDate").isEqualTo("2025-02-10")
                    .jsonPath("$.late").isEqualTo(true)
                    .jsonPath("$.revisions[0].submittedBy").isEqualTo("officer");
            put(officer, "/monthly-reports/2025-02", report(0, "240000000.00", "30.5")).expectStatus().isOk();

            projects.as(TestIdentity.ENTERPRISE).get().uri("/api/projects/{id}/investment?year=2025", projectId)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.year").isEqualTo(2025)
                    .jsonPath("$.totalInvestment").isEqualTo(5000000000.00)
                    .jsonPath("$.annualPlan.annualAmount").isEqualTo(792000000.00)
                    .jsonPath("$.annualPlan.revision").isEqualTo(1)
                    .jsonPath("$.completedThisYear").isEqualTo(440000000.00)
                    .jsonPath("$.shareOfPlanPercent").isEqualTo(55.6)
                    .jsonPath("$.cumulativeCompleted").isEqualTo(440000000.00)
                    .jsonPath("$.latestPhysicalProgress").isEqualTo(30.5)
                    .jsonPath("$.latestProgressMonth").isEqualTo("2025-02")
                    .jsonPath("$.months.length()").isEqualTo(12)
                    .jsonPath("$.months[0].month").isEqualTo("2025-01")
                    .jsonPath("$.months[0].planned").isEqualTo(66000000.00)
                    .jsonPath("$.months[0].completedInvestment").isEqualTo(200000000.00)
                    .jsonPath("$.months[0].revision").isEqualTo(1)
                    .jsonPath("$.months[0].status").isEqualTo("LATE")
                    .jsonPath("$.months[1].status").isEqualTo("LATE")
                    .jsonPath("$.months[2].status").isEqualTo("MISSING")
                    .jsonPath("$.months[2].revision").doesNotExist()
                    .jsonPath("$.months[2].dueDate").isEqualTo("2025-04-08")
                    .jsonPath("$.months[11].status").isEqualTo("MISSING");

            List<EventEnvelope> published = events.awaitEnvelopes(codec, projectId, this::projectOrPlan, 5);
            assertThat(published).extracting(EventEnvelope::type).containsExactly("project.registered",
                    "project.responsibility-assigned", "project.annual-plan-set", "project.investment-reported",
                    "project.investment-reported");
            EventEnvelope planSet = published.get(2);
            assertThat(planSet.actorid()).isEqualTo("centre");
            assertThat(planSet.aggregateid()).isEqualTo("investment-plan-" + projectId);
            assertThat(planSet.subject()).isEqualTo(projectId);
            assertThat(planSet.data().get("year").asInt()).isEqualTo(2025);
            assertThat(planSet.data().get("annualAmount").asString()).isEqualTo("792000000.00");
            assertThat(planSet.data().get("monthlyAmounts")).hasSize(12);
            assertThat(planSet.data().get("revision").asInt()).isEqualTo(1);
            EventEnvelope february = published.get(4);
            assertThat(february.actorid()).isEqualTo("officer");
            assertThat(february.actorrole()).isEqualTo("PROJECT_OFFICER");
            assertThat(february.data().get("projectId").asString()).isEqualTo(projectId);
            assertThat(february.data().get("month").asString()).isEqualTo("2025-02");
            assertThat(february.data().get("revision").asInt()).isEqualTo(1);
            assertThat(february.data().get("completedInvestment").asString()).isEqualTo("240000000.00");
            assertThat(february.data().get("physicalProgress").decimalValue()).isEqualByComparingTo("30.5");
            assertThat(february.data().get("late").asBoolean()).isTrue();
            assertThat(february.data().get("dueDate").asString()).isEqualTo("2025-03-07");
            assertThat(february.data().get("completedThisYear").decimalValue()).isEqualByComparingTo("440000000");
            assertThat(february.data().get("cumulativeCompleted").decimalValue()).isEqualByComparingTo("440000000");
            assertThat(february.data().has("actor")).isFalse();
        }
    }

    @Test
    void a_second_report_for_a_month_is_a_correction_and_every_revision_stays_readable() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                ProjectTopic.NAME)) {
            put(officer, "/monthly-reports/2025-03", report(0, "100000000.00", "10")).expectStatus().isOk();
            put(officer, "/monthly-reports/2025-03", report(1, "120000000.00", "12"))
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.revision").isEqualTo(2);
            // A correction based on what is no longer the current revision would hide the other one.
            put(centre, "/monthly-reports/2025-03", report(1, "1.00", "12"))
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "stale-version");
            put(centre, "/monthly-reports/2025-04", report(1, "1.00", "12"))
                    .expectStatus().isEqualTo(409)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "stale-version");

            projects.as(TestIdentity.LEADER).get().uri("/api/projects/{id}/monthly-reports/2025-03", projectId)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.projectId").isEqualTo(projectId)
                    .jsonPath("$.revision").isEqualTo(2)
                    .jsonPath("$.revisions.length()").isEqualTo(2)
                    .jsonPath("$.revisions[0].completedInvestment").isEqualTo(100000000.00)
                    .jsonPath("$.revisions[1].completedInvestment").isEqualTo(120000000.00)
                    .jsonPath("$.revisions[1].physicalProgress").isEqualTo(12);
            centre.get().uri("/api/projects/{id}/investment?year=2025", projectId).exchange()
                    .expectBody()
                    .jsonPath("$.completedThisYear").isEqualTo(120000000.00)
                    .jsonPath("$.months[2].revision").isEqualTo(2)
                    .jsonPath("$.annualPlan").doesNotExist()
                    .jsonPath("$.shareOfPlanPercent").doesNotExist();

            List<EventEnvelope> published = events.awaitEnvelopes(codec, projectId, this::projectOrPlan, 4);
            assertThat(published.get(3).data().get("revision").asInt()).isEqualTo(2);
            assertThat(published.get(3).data().get("completedInvestment").asString()).isEqualTo("120000000.00");
            assertThat(published.get(3).data().get("completedThisYear").asString()).isEqualTo("120000000.00");
        }
    }

    @Test
    void the_current_month_may_be_reported_on_time_and_a_month_that_has_not_begun_may_not() {
        YearMonth current = YearMonth.now(PlatformAutoConfiguration.CITY_ZONE);

        put(officer, "/monthly-reports/" + current, report(0, "1.00", "1"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.late").isEqualTo(false);
        put(officer, "/monthly-reports/" + current.plusMonths(1), report(0, "1.00", "1"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "rule-violation")
                .jsonPath("$.rule").isEqualTo("report-month-has-begun");
        centre.get().uri("/api/projects/{id}/investment", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.year").isEqualTo(current.getYear())
                .jsonPath("$.months[" + (current.getMonthValue() - 1) + "].status").isEqualTo("ON_TIME");
    }

    @Test
    void a_broken_rule_is_a_409_naming_it_and_an_explanation_lets_the_figures_through() {
        put(centre, "/annual-plans/2025", plan(0, "792000000.00", "66000000.01"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("monthly-breakdown-matches-annual-amount");

        put(officer, "/monthly-reports/2025-01", report(0, "5000000000.01", "20"))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.rule").isEqualTo("cumulative-investment-within-total")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("5000000000.00"));
        assertThat(plans.find(projectId).blockOptional()).isEmpty();

        put(officer, "/monthly-reports/2025-01", """
                {"revision":0,"completedInvestment":"5000000000.01","physicalProgress":20,
                 "narrative":"设备款集中支付","explanation":"总投资调增待批"}""")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.revisions[0].explanation").isEqualTo("总投资调增待批");
        put(officer, "/monthly-reports/2025-02", report(0, "0.00", "19.9"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("progress-does-not-go-back");
        centre.get().uri("/api/projects/{id}/investment?year=2025", projectId).exchange()
                .expectBody().jsonPath("$.months[1].revision").doesNotExist();
    }

    @Test
    void bad_input_is_a_problem_response_and_stores_nothing() {
        String reports = "/monthly-reports/2025-01";
        expectProblem(reports, "{\"revision\": ", "unreadable-request");
        expectProblem(reports, "[1,2]", "unreadable-request");
        expectProblem(reports, report(0, "1.00", "\"abc\""), "unreadable-request");
        expectProblem(reports, report(0, "1.00", "20").replace("\"1.00\"", "{\"$ne\":1}"), "unreadable-request");
        expectProblem(reports, report(0, "1.00", "20").replace("\"revision\":0", "\"revision\":\"first\""),
                "unreadable-request");
        // Server-owned fields cannot be sent.
        expectProblem(reports, report(0, "1.00", "20").replace("{", "{\"late\":false,"), "unreadable-request");
        expectProblem(reports, report(0, "1.00", "20").replace("{", "{\"submittedBy\":\"x\","),
                "unreadable-request");
        expectProblem(reports, "{\"revision\":0,\"completedInvestment\":\"1.00\",\"physicalProgress\":20}",
                "validation").jsonPath("$.errors[0].field").isEqualTo("narrative");
        expectProblem(reports, "{\"completedInvestment\":\"1.00\",\"physicalProgress\":20,\"narrative\":\"x\"}",
                "validation").jsonPath("$.errors[0].field").isEqualTo("revision");
        expectProblem(reports, report(0, "-1.00", "20"), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("completedInvestment");
        expectProblem(reports, report(0, "10000000000000.01", "20"), "validation");
        expectProblem(reports, report(0, "1.001", "20"), "validation");
        expectProblem(reports, report(0, "1.00", "101"), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("physicalProgress");
        expectProblem(reports, report(0, "1.00", "-1"), "validation");
        expectProblem(reports, report(0, "1.00", "20.55"), "validation");
        expectProblem(reports, report(-1, "1.00", "20"), "validation");
        expectProblem(reports, report(0, "1.00", "20").replace("主体结构施工，完成3号厂房封顶", "长".repeat(2001)),
                "validation").jsonPath("$.errors[0].field").isEqualTo("narrative");
        expectProblem(reports, report(0, "1.00", "20").replace("主体结构施工，完成3号厂房封顶", "  "), "validation");
        expectProblem(reports, report(0, "1.00", "20").replace("}", ",\"explanation\":\" \"}"), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("explanation");
        expectProblem(reports, report(0, "1.00", "20").replace("}", ",\"explanation\":\"" + "长".repeat(1001) + "\"}"),
                "validation");
        for (String month : List.of("2026-13", "2026-00", "1899-12", "2026-1", "26-01", "2026-01-01")) {
            expectProblem("/monthly-reports/" + month, report(0, "1.00", "20"), "validation")
                    .jsonPath("$.errors[0].field").isEqualTo("month");
        }

        String plans2025 = "/annual-plans/2025";
        expectProblem("/annual-plans/1800", plan(0, "12.00", "1.00"), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("year");
        expectProblem("/annual-plans/2100", plan(0, "12.00", "1.00"), "validation");
        expectProblem("/annual-plans/twenty", plan(0, "12.00", "1.00"), "unreadable-request");
        expectProblem(plans2025, plan(0, "-12.00", "-1.00"), "validation");
        expectProblem(plans2025, plan(0, "12.001", "1.00"), "validation");
        expectProblem(plans2025, plan(0, "99999999999999.00", "1.00"), "validation");
        expectProblem(plans2025, "{\"revision\":0,\"annualAmount\":\"11.00\",\"monthlyAmounts\":"
                + "[\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"]}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("monthlyAmounts");
        expectProblem(plans2025, plan(0, "12.00", "1.00").replace("\"1.00\"]", "null]"), "validation");
        expectProblem(plans2025, "{\"revision\":0,\"annualAmount\":\"12.00\"}", "validation");
        expectProblem(plans2025, plan(0, "12.00", "1.00").replace("{", "{\"setAt\":\"2025-01-01T00:00:00Z\","),
                "unreadable-request");

        centre.get().uri("/api/projects/{id}/investment?year=1800", projectId).exchange()
                .expectStatus().isBadRequest();
        centre.get().uri("/api/projects/{id}/monthly-reports/2026-13", projectId).exchange()
                .expectStatus().isBadRequest();
        assertThat(plans.find(projectId).blockOptional()).isEmpty();
    }

    @Test
    void an_unknown_project_is_404_on_every_endpoint() {
        for (WebTestClient.ResponseSpec response : List.of(
                centre.put().uri("/api/projects/no-such-project/annual-plans/2025")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(0, "12.00", "1.00")).exchange(),
                officer.put().uri("/api/projects/no-such-project/monthly-reports/2025-01")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(report(0, "1.00", "1")).exchange(),
                centre.get().uri("/api/projects/no-such-project/investment").exchange(),
                centre.get().uri("/api/projects/no-such-project/monthly-reports/2025-01").exchange())) {
            response.expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "not-found");
        }
        assertThat(plans.find("no-such-project").blockOptional()).isEmpty();
        // A month that was not reported is not found either.
        centre.get().uri("/api/projects/{id}/monthly-reports/2025-01", projectId).exchange()
                .expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec put(WebTestClient as, String path, String body) {
        return as.put().uri("/api/projects/" + projectId + path).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private WebTestClient.BodyContentSpec expectProblem(String path, String body, String type) {
        return put(centre, path, body)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + type)
                .jsonPath("$.detail").isNotEmpty();
    }

    /** The project's and its investment plan's events: an industrial project's onboarding tasks come too. */
    private boolean projectOrPlan(EventEnvelope event) {
        return List.of(projectId, "investment-plan-" + projectId).contains(event.aggregateid());
    }
}

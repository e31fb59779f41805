package city.keyprojects.reporting.rankings.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rankings over HTTP, for last year (all twelve months due, whatever today is): two fresh projects of their own
 * district, officer and department, folded from the documented events and read from the built report.
 * <ul>
 * <li>A: plan 1000万 a month, 9000万 done = 75; start milestone reached early, another missed = 50; one final
 * decision on time = 100; one ticket open since 1 July = 0 − 10 → 0. Score 30 + 10 + 20 + 0 = 60.00.</li>
 * <li>B: plan 1000万 a month, 1.5亿 done → capped 100; nothing else. Score 100.00.</li>
 * <li>District and officer: (60 + 100) / 2 = 80.00 over 2 projects. Department: approvals 100, problems 0, equal
 * weights 20 and 20 → 50.00 over 1 project.</li>
 * </ul>
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class RankingsIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

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

    private final AtomicLong sequence = new AtomicLong();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String district = "rk" + suffix;
    private final String officer = "officer-" + suffix;
    private final String department = "d" + suffix;
    private final String a = UUID.randomUUID().toString();
    private final String b = UUID.randomUUID().toString();
    private int year;

    @BeforeEach
    void twoProjectsOfTheirOwnDistrictOfficerAndDepartment() {
        year = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE).getYear() - 1;
        List<EventEnvelope> events = new ArrayList<>();
        for (String project : List.of(a, b)) {
            events.add(event("project.registered", project, project, data -> data.put("district", district)
                    .put("name", (project.equals(a) ? "A " : "B ") + suffix)));
            events.add(event("project.responsibility-assigned", project, project,
                    data -> data.put("officer", officer)));
            events.add(event("project.annual-plan-set", project, "investment-plan-" + project, data -> {
                data.put("year", year).put("annualAmount", 120_000_000);
                data.putArray("monthlyAmounts").addAll(Collections.nCopies(12,
                        json.getNodeFactory().numberNode(10_000_000)));
            }));
        }
        events.add(event("project.investment-reported", a, "investment-plan-" + a,
                data -> data.put("month", year + "-03").put("completedInvestment", 90_000_000)));
        events.add(event("project.investment-reported", b, "investment-plan-" + b,
                data -> data.put("month", year + "-05").put("completedInvestment", 150_000_000)));
        events.add(event("project.milestone-planned", a, "milestones-" + a,
                data -> data.put("milestoneId", "m1").put("plannedDate", year + "-05-01")));
        events.add(event("project.milestone-reached", a, "milestones-" + a, data -> data.put("milestoneId", "m1")
                .put("plannedDate", year + "-05-01").put("actualDate", year + "-04-28")));
        events.add(event("project.milestone-planned", a, "milestones-" + a,
                data -> data.put("milestoneId", "m2").put("kind", "TOPPING_OUT").put("plannedDate", year + "-09-01")));
        events.add(event("approval.item-decided", a, a + "-stage1-1", data -> data.put("caseId", a + "-stage1-1")
                .put("department", department).put("decision", "APPROVE").put("finalDecision", true)
                .put("decidedOn", year + "-06-12").put("onTime", true)));
        String ticket = UUID.randomUUID().toString();
        events.add(event("issue.ticket-reported", a, ticket,
                data -> data.put("ticketId", ticket).put("dueDate", year + "-07-01")));
        events.add(event("issue.ticket-assigned", a, ticket, data -> data.put("ticketId", ticket)
                .put("department", department).put("dueDate", year + "-07-01")));
        events.forEach(event -> StepVerifier.create(projection.apply(event)).verifyComplete());
        snapshots.refresh().block(Duration.ofSeconds(30));
    }

    @Test
    void projects_districts_officers_and_departments_are_scored_and_ranked_with_their_breakdowns() {
        JsonNode report = read(TestIdentity.LEADER, "/api/reports/rankings?year=" + year);
        assertThat(report.get("year").asInt()).isEqualTo(year);
        assertThat(report.get("weights").get("investment").asInt()).isEqualTo(40);

        JsonNode projectA = entry(report.get("projects"), a);
        assertThat(projectA.get("score").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(projectA.get("name").asString()).isEqualTo("A " + suffix);
        JsonNode investment = projectA.get("breakdown").get(0);
        assertThat(investment.get("criterion").asString()).isEqualTo("INVESTMENT");
        assertThat(investment.get("value").decimalValue()).isEqualByComparingTo("75");
        assertThat(investment.get("weightedPoints").decimalValue()).isEqualByComparingTo("30");
        assertThat(investment.get("figures").get("plannedToDate").decimalValue()).isEqualByComparingTo("120000000");
        JsonNode problems = projectA.get("breakdown").get(3);
        assertThat(problems.get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(problems.get("figures").get("overdue").asInt()).isEqualTo(1);
        JsonNode projectB = entry(report.get("projects"), b);
        assertThat(projectB.get("score").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(projectB.get("breakdown").get(1).get("applicable").asBoolean()).isFalse();
        assertThat(projectB.get("breakdown").get(1).get("reason").asString()).isEqualTo("no-milestones-due");
        assertThat(projectB.get("rank").asInt()).isLessThan(projectA.get("rank").asInt());

        for (String group : List.of("districts", "officers")) {
            JsonNode entry = entry(report.get(group), group.equals("districts") ? district : officer);
            assertThat(entry.get("score").decimalValue()).as(group).isEqualByComparingTo("80.00");
            assertThat(entry.get("projects").asInt()).as(group).isEqualTo(2);
        }
        JsonNode dept = entry(report.get("departments"), department);
        assertThat(dept.get("score").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(dept.get("projects").asInt()).isEqualTo(1);
        assertThat(dept.get("breakdown")).hasSize(2);
    }

    @Test
    void one_projects_score_and_rank_can_be_read_alone() {
        JsonNode view = read(TestIdentity.OFFICER, "/api/reports/rankings/projects/" + a + "?year=" + year);
        assertThat(view.get("project").get("id").asString()).isEqualTo(a);
        assertThat(view.get("project").get("score").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(view.get("project").get("rank").asInt()).isPositive();
        assertThat(view.get("rankedProjects").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(view.get("asOf").asString()).isNotBlank();
    }

    @Test
    void of_chooses_one_ranking_and_top_cuts_each_list() {
        JsonNode districts = read(TestIdentity.ZJJ_OFFICER, "/api/reports/rankings?year=" + year
                + "&of=districts&top=1");
        assertThat(districts.get("districts")).hasSize(1);
        assertThat(districts.has("projects")).isFalse();
        assertThat(districts.has("officers")).isFalse();
        JsonNode all = read(TestIdentity.CENTRE, "/api/reports/rankings?year=" + year + "&top=2");
        for (String list : List.of("projects", "districts", "departments", "officers")) {
            assertThat(all.get(list).size()).as(list).isBetween(1, 2);
        }
        JsonNode thisYear = read(TestIdentity.CENTRE, "/api/reports/rankings");
        assertThat(thisYear.get("year").asInt()).isEqualTo(year + 1);
    }

    @Test
    void a_bad_of_top_or_year_is_a_400_naming_the_parameter() {
        WebTestClient centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        for (String query : List.of("of=counties", "of=", "of=PROJECTS", "top=0", "top=101", "top=-3")) {
            centre.get().uri("/api/reports/rankings?" + query).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.type").value(type -> assertThat(type.toString()).endsWith("/validation"))
                    .jsonPath("$.errors[0].field").isEqualTo(query.substring(0, query.indexOf('=')));
        }
        for (String query : List.of("top=many", "top=99999999999", "year=soon", "year=1e3")) {
            centre.get().uri("/api/reports/rankings?" + query).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType("application/problem+json");
        }
        centre.get().uri("/api/reports/rankings?year={y}", year - 1).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        centre.get().uri("/api/reports/rankings/projects/{id}?year={y}", a, year - 1).exchange().expectStatus()
                .isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        centre.get().uri("/api/reports/rankings/projects/{id}", "x".repeat(101)).exchange().expectStatus()
                .isBadRequest();
    }

    @Test
    void a_project_that_takes_no_part_is_a_404() {
        TestIdentity.shared().signedIn(client, TestIdentity.LEADER).get()
                .uri("/api/reports/rankings/projects/{id}?year={y}", UUID.randomUUID(), year).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.type")
                .value(type -> assertThat(type.toString()).endsWith("/not-found"));
    }

    @Test
    void enterprises_and_anonymous_visitors_may_not_read_the_rankings() {
        TestIdentity.shared().signedIn(client, TestIdentity.ENTERPRISE).get().uri("/api/reports/rankings")
                .exchange().expectStatus().isForbidden();
        TestIdentity.shared().signedIn(client, TestIdentity.ENTERPRISE).get()
                .uri("/api/reports/rankings/projects/{id}", a).exchange().expectStatus().isForbidden();
        client.get().uri("/api/reports/rankings").exchange().expectStatus().isUnauthorized();
    }

    /**
     * issue-service stops a ticket's clock while the department waits for the reporter's information, and moves the
     * due date on when the information comes: reporting must not count the reporter's wait against the department
     * and the project.
     */
    @Test
    void a_ticket_waiting_for_the_reporters_information_is_not_overdue() {
        String c = UUID.randomUUID().toString();
        String ticket = UUID.randomUUID().toString();
        List.of(event("project.registered", c, c, data -> data.put("district", district)),
                event("issue.ticket-reported", c, ticket,
                        data -> data.put("ticketId", ticket).put("dueDate", year + "-07-01")),
                event("issue.ticket-assigned", c, ticket, data -> data.put("ticketId", ticket)
                        .put("department", department).put("dueDate", year + "-07-01")),
                event("issue.ticket-information-requested", c, ticket, data -> data.put("ticketId", ticket)
                        .put("department", department).put("requestedOn", year + "-06-20")))
                .forEach(event -> StepVerifier.create(projection.apply(event)).verifyComplete());
        snapshots.refresh().block(Duration.ofSeconds(30));

        JsonNode view = read(TestIdentity.CENTRE, "/api/reports/rankings/projects/" + c + "?year=" + year);
        JsonNode problems = view.get("project").get("breakdown").get(3);
        assertThat(problems.get("figures").get("tickets").asInt()).isEqualTo(1);
        assertThat(problems.get("figures").get("overdue").asInt()).as("the clock stands still").isZero();
    }

    private JsonNode read(CurrentUser user, String uri) {
        String body = TestIdentity.shared().signedIn(client, user).get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    private static JsonNode entry(JsonNode list, String id) {
        return StreamSupport.stream(list.spliterator(), false).filter(entry -> entry.get("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " is not in " + list));
    }

    /** The documented example of {@code type}, made this project's, of this aggregate, next in sequence. */
    private EventEnvelope event(String type, String projectId, String aggregateId, Consumer<ObjectNode> adjust) {
        EventEnvelope example = CONTRACT.exampleOfProject(codec, type, projectId);
        adjust.accept((ObjectNode) example.data());
        return ForeignEvents.renumbered(example, aggregateId, sequence.incrementAndGet());
    }
}

package city.keyprojects.issue.tickets.web;

import static city.keyprojects.issue.tickets.web.IssueApi.officerOf;
import static city.keyprojects.issue.tickets.web.IssueApi.ticketIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import city.keyprojects.issue.tickets.application.WatchingTicketClocks;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * The lists and statistics over HTTP: each holds only what the asking user may read, the board counts every step,
 * a department's list and figures are its own, and the statistics are the figures worked out by hand.
 */
class TicketQueriesIntegrationTest extends UsingTheIssueApi {

    private static final List<String> STEPS = List.of("REPORTED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "CLOSED");

    @Autowired
    WatchingTicketClocks watching;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anyone_reads_the_departments_tickets_can_be_handed_to_by_code() {
        JsonNode departments = api.body(client.get().uri("/api/issues/departments").exchange());
        assertThat(departments.size()).isEqualTo(16);
        assertThat(departments.get(0).get("code").asString()).isEqualTo("czj");
        assertThat(departments.valueStream().map(department -> department.get("code").asString()))
                .contains("zjj", "zrj", "gdj").isSorted();
        assertThat(departments.valueStream().filter(department -> department.get("code").asString().equals("zjj"))
                .map(department -> department.get("name").asString())).containsExactly("市住房和城乡建设局");
    }

    @Test
    void an_enterprise_sees_none_of_another_enterprises_tickets_in_any_list_and_gets_403_on_each_of_them() {
        CurrentUser a = IssueApi.freshEnterprise();
        CurrentUser b = IssueApi.freshEnterprise();
        String projectA = api.knownProject(a);
        String projectB = api.knownProject(b);
        String reported = reportedBy(a, projectA, "LAND", "GENERAL");
        String handled = reportedBy(a, projectA, "UTILITIES", "URGENT");
        api.inProgress(handled, "zjj");
        String ofB = reportedBy(b, projectB, "LABOUR", "GENERAL");

        assertThat(api.allTicketIds(a, "/api/issues/tickets")).containsExactlyInAnyOrder(reported, handled);
        assertThat(api.allTicketIds(b, "/api/issues/tickets")).containsExactly(ofB);
        assertThat(api.allTicketIds(b, "/api/issues/my-tickets")).containsExactly(ofB);
        assertThat(boardTickets(b, "")).containsExactly(ofB);
        assertThat(api.allTicketIds(b, "/api/issues/overdue")).isEmpty();
        assertThat(api.allTicketIds(b, "/api/issues/supervision")).isEmpty();
        assertThat(api.allTicketIds(b, "/api/issues/tickets?projectId={id}", projectA)).isEmpty();
        for (CurrentUser stranger : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER)) {
            assertThat(api.allTicketIds(stranger, "/api/issues/tickets")).as(stranger.id())
                    .doesNotContain(reported, handled);
            assertThat(boardTickets(stranger, "")).as(stranger.id()).doesNotContain(reported, handled);
        }

        for (CurrentUser stranger : List.of(b, TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER)) {
            for (String ticketId : List.of(reported, handled)) {
                api.problem(api.fetch(stranger, "/api/issues/tickets/{id}", ticketId), 403, "forbidden");
                api.problem(api.fetch(stranger, "/api/issues/tickets/{id}/history", ticketId), 403, "forbidden");
            }
            api.problem(api.fetch(stranger, "/api/issues/projects/{id}/tickets", projectA), 403, "forbidden");
            api.problem(api.fetch(stranger, "/api/issues/statistics/projects/{id}", projectA), 403, "forbidden");
        }
        // Those who may read them do.
        for (CurrentUser reader : List.of(a, TestIdentity.CENTRE, TestIdentity.LEADER)) {
            assertThat(api.get(reader, "/api/issues/tickets/{id}", handled).get("ticketId").asString())
                    .isEqualTo(handled);
            assertThat(ticketIds(api.get(reader, "/api/issues/projects/{id}/tickets", projectA)))
                    .as(reader.id()).containsExactlyInAnyOrder(reported, handled);
        }
    }

    @Test
    void a_department_sees_only_the_tickets_handed_to_it_and_none_of_another_departments() {
        String projectId = api.knownProject();
        String toZjj = api.reported(projectId, "ROAD_ACCESS", "GENERAL").get("ticketId").asString();
        String toZrj = api.reported(projectId, "LAND", "SERIOUS").get("ticketId").asString();
        String unassigned = api.reported(projectId, "OTHER", "GENERAL").get("ticketId").asString();
        api.inProgress(toZjj, "zjj");
        api.inProgress(toZrj, "zrj");
        CurrentUser zjj = officerOf("zjj");

        List<JsonNode> visible = allItems(zjj, "/api/issues/tickets");
        assertThat(visible).extracting(ticket -> ticket.get("assignment").get("department").asString())
                .containsOnly("zjj");
        assertThat(visible).extracting(ticket -> ticket.get("ticketId").asString()).contains(toZjj)
                .doesNotContain(toZrj, unassigned);
        assertThat(api.allTicketIds(zjj, "/api/issues/my-tickets")).contains(toZjj).doesNotContain(toZrj);
        assertThat(boardTickets(zjj, "")).contains(toZjj).doesNotContain(toZrj, unassigned);
        assertThat(api.allTicketIds(zjj, "/api/issues/tickets?department=zrj")).isEmpty();
        assertThat(ticketIds(api.get(zjj, "/api/issues/projects/{id}/tickets", projectId))).containsExactly(toZjj);
        assertThat(api.allTicketIds(zjj, "/api/issues/departments/zjj/tickets")).contains(toZjj)
                .doesNotContain(toZrj);

        api.problem(api.fetch(zjj, "/api/issues/tickets/{id}", toZrj), 403, "forbidden");
        api.problem(api.fetch(zjj, "/api/issues/tickets/{id}", unassigned), 403, "forbidden");
        api.problem(api.fetch(zjj, "/api/issues/tickets/{id}/history", toZrj), 403, "forbidden");
        api.problem(api.fetch(zjj, "/api/issues/departments/zrj/tickets"), 403, "forbidden");
        api.problem(api.fetch(zjj, "/api/issues/statistics/departments/zrj"), 403, "forbidden");
        api.problem(api.fetch(zjj, "/api/issues/statistics/projects/{id}", projectId), 403, "role-not-allowed");
        assertThat(api.get(zjj, "/api/issues/tickets/{id}", toZjj).get("step").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_department_officer_whose_account_names_no_department_sees_none_of_a_projects_tickets() {
        String projectId = api.knownProject();
        String unassigned = api.reported(projectId, "OTHER", "URGENT").get("ticketId").asString();
        String toZjj = api.reported(projectId, "OTHER", "GENERAL").get("ticketId").asString();
        api.inProgress(toZjj, "zjj");
        CurrentUser noDepartment = TestIdentity.user("officer-without-department", Role.DEPT_OFFICER, null, null);

        assertThat(api.allTicketIds(noDepartment, "/api/issues/tickets")).doesNotContain(unassigned, toZjj);
        api.problem(api.fetch(noDepartment, "/api/issues/tickets/{id}", unassigned), 403, "forbidden");
        api.problem(api.fetch(noDepartment, "/api/issues/projects/{id}/tickets", projectId), 403, "forbidden");
    }

    @Test
    void a_department_code_the_city_does_not_have_is_a_400_on_queries_as_it_is_on_assignment() {
        for (String uri : List.of("/api/issues/departments/nasa/tickets", "/api/issues/statistics/departments/nasa",
                "/api/issues/tickets?department=nasa", "/api/issues/board?department=nasa")) {
            assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, uri))).as(uri).containsExactly("department");
        }
    }

    @Test
    void the_board_counts_the_tickets_in_every_step_and_shows_the_soonest_due_first() {
        CurrentUser owner = IssueApi.freshEnterprise();
        String projectId = api.knownProject(owner);
        String reported = reportedBy(owner, projectId, "LAND", "GENERAL");
        String assignedLater = reportedBy(owner, projectId, "LABOUR", "GENERAL");
        String assignedSooner = reportedBy(owner, projectId, "ROAD_ACCESS", "URGENT");
        String inProgress = reportedBy(owner, projectId, "UTILITIES", "SERIOUS");
        String answered = reportedBy(owner, projectId, "FINANCING", "GENERAL");
        String closed = reportedBy(owner, projectId, "POLICY_QUESTION", "GENERAL");
        for (String ticketId : List.of(assignedLater, assignedSooner)) {
            api.done(TestIdentity.CENTRE, ticketId, "assignment", "department", "zrj", "handler", "zrj-officer");
        }
        api.inProgress(inProgress, "zrj");
        api.answered(answered, "zrj");
        api.answered(closed, "zrj");
        api.done(owner, closed, "confirmation", "satisfaction", 4);

        JsonNode board = api.get(owner, "/api/issues/board");
        assertThat(board.get("columns")).extracting(column -> column.get("step").asString())
                .containsExactlyElementsOf(STEPS);
        assertThat(board.get("columns")).extracting(column -> column.get("total").asLong())
                .containsExactly(1L, 2L, 1L, 1L, 1L);
        assertThat(ticketIds(column(board, "REPORTED"))).containsExactly(reported);
        assertThat(ticketIds(column(board, "ASSIGNED"))).containsExactly(assignedSooner, assignedLater);
        assertThat(ticketIds(column(board, "IN_PROGRESS"))).containsExactly(inProgress);
        assertThat(ticketIds(column(board, "ANSWERED"))).containsExactly(answered);
        assertThat(ticketIds(column(board, "CLOSED"))).containsExactly(closed);

        JsonNode limited = api.get(owner, "/api/issues/board?limit=1");
        assertThat(limited.get("columns").get(1).get("total").asLong()).isEqualTo(2);
        assertThat(ticketIds(column(limited, "ASSIGNED"))).containsExactly(assignedSooner);
        JsonNode labour = api.get(owner, "/api/issues/board?category=LABOUR");
        assertThat(labour.get("columns")).extracting(column -> column.get("total").asLong())
                .containsExactly(0L, 1L, 0L, 0L, 0L);

        assertThat(api.allTicketIds(owner, "/api/issues/tickets?step=ASSIGNED"))
                .containsExactly(assignedSooner, assignedLater);
        assertThat(api.allTicketIds(owner, "/api/issues/tickets?category=LAND")).containsExactly(reported);
        assertThat(api.allTicketIds(owner, "/api/issues/my-tickets?step=CLOSED")).containsExactly(closed);
        assertThat(api.allTicketIds(owner, "/api/issues/my-tickets")).hasSize(6);
        assertThat(api.allTicketIds(TestIdentity.CENTRE, "/api/issues/projects/{id}/tickets?step=ANSWERED",
                projectId)).containsExactly(answered);
        assertThat(boardTickets(TestIdentity.CENTRE, "?department=zrj")).contains(assignedSooner, closed)
                .doesNotContain(reported);
    }

    @Test
    void a_departments_list_holds_what_is_handed_to_it_for_its_officers_the_centre_and_leaders() {
        String projectId = api.knownProject();
        String waiting = api.reported(projectId, "UTILITIES", "GENERAL").get("ticketId").asString();
        String answered = api.reported(projectId, "UTILITIES", "SERIOUS").get("ticketId").asString();
        String handedOn = api.reported(projectId, "LABOUR", "SERIOUS").get("ticketId").asString();
        api.done(TestIdentity.CENTRE, waiting, "assignment", "department", "swj", "handler", "swj-officer");
        api.answered(answered, "swj");
        api.done(TestIdentity.CENTRE, handedOn, "assignment", "department", "swj", "handler", "swj-officer");
        api.done(TestIdentity.CENTRE, handedOn, "assignment", "department", "gxj", "handler", "gxj-officer");

        for (CurrentUser reader : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, officerOf("swj"))) {
            JsonNode page = api.get(reader, "/api/issues/departments/swj/tickets");
            assertThat(page.get("total").asLong()).as(reader.id()).isEqualTo(2);
            assertThat(ticketIds(page)).as(reader.id()).containsExactlyInAnyOrder(waiting, answered);
            assertThat(ticketIds(api.get(reader, "/api/issues/departments/swj/tickets?step=ANSWERED")))
                    .as(reader.id()).containsExactly(answered);
        }
        assertThat(api.allTicketIds(officerOf("gxj"), "/api/issues/departments/gxj/tickets")).contains(handedOn);
        assertThat(api.allTicketIds(officerOf("swj"), "/api/issues/my-tickets")).containsExactlyInAnyOrder(waiting,
                answered);

        api.problem(api.fetch(officerOf("zjj"), "/api/issues/departments/swj/tickets"), 403, "forbidden");
        for (CurrentUser notGovernment : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER)) {
            api.problem(api.fetch(notGovernment, "/api/issues/departments/swj/tickets"), 403, "role-not-allowed");
            api.problem(api.fetch(notGovernment, "/api/issues/statistics/departments/swj"), 403, "role-not-allowed");
        }
        for (String badCode : List.of("SWJ", "s", "swj-1", "x".repeat(17))) {
            assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, "/api/issues/departments/{d}/tickets",
                    badCode))).as(badCode).containsExactly("department");
        }
    }

    /**
     * Five tickets of one project, all handed to daj, from Monday 30 November 2026 (no holiday till the year ends)
     * to Thursday 10 December; working days counted by hand:
     * <ul>
     * <li>policy question 1 (2 days): answered 1 Dec after 1 working day, on time; confirmed, satisfaction 5;</li>
     * <li>policy question 2 (2 days, due 2 Dec): never answered; 5 working days overdue on 9 Dec, so escalated to
     * the city and supervised;</li>
     * <li>road access (5 days, due 7 Dec): answered 9 Dec after 7 working days, late; confirmed, satisfaction 3;</li>
     * <li>land (20 days): answered 2 Dec after 2 working days; not confirmed in the 5 whole working days after
     * (3 to 9 Dec), closed so on 10 Dec;</li>
     * <li>labour (10 days): answered 1 Dec, reopened the same day, in progress again (due 15 Dec).</li>
     * </ul>
     */
    @Test
    void project_and_department_statistics_give_the_figures_worked_out_by_hand_with_policy_questions_apart() {
        String projectId = api.knownProject();
        clock.moveTo(LocalDate.of(2026, 11, 30));
        String policy = api.reported(projectId, "POLICY_QUESTION", "GENERAL").get("ticketId").asString();
        String unanswered = api.reported(projectId, "POLICY_QUESTION", "URGENT").get("ticketId").asString();
        String road = api.reported(projectId, "ROAD_ACCESS", "SERIOUS").get("ticketId").asString();
        String land = api.reported(projectId, "LAND", "GENERAL").get("ticketId").asString();
        String labour = api.reported(projectId, "LABOUR", "GENERAL").get("ticketId").asString();
        api.done(TestIdentity.CENTRE, unanswered, "assignment", "department", "daj", "handler", "daj-officer");
        for (String ticketId : List.of(policy, road, land, labour)) {
            api.inProgress(ticketId, "daj");
        }
        CurrentUser daj = officerOf("daj");

        clock.moveTo(LocalDate.of(2026, 12, 1));
        api.done(daj, policy, "answer", "answer", "符合条件，可申报");
        api.done(TestIdentity.ENTERPRISE, policy, "confirmation", "satisfaction", 5);
        api.done(daj, labour, "answer", "answer", "已协调");
        api.done(TestIdentity.ENTERPRISE, labour, "reopening", "reason", "仍缺工");
        clock.moveTo(LocalDate.of(2026, 12, 2));
        api.done(daj, land, "answer", "answer", "已交地");
        clock.moveTo(LocalDate.of(2026, 12, 9));
        JsonNode roadAnswer = api.done(daj, road, "answer", "answer", "道路已硬化").get("answer");
        assertThat(roadAnswer.get("workingDaysTaken").asInt()).isEqualTo(7);
        assertThat(roadAnswer.get("onTime").asBoolean()).isFalse();
        api.done(TestIdentity.ENTERPRISE, road, "confirmation", "satisfaction", 3);
        clock.moveTo(LocalDate.of(2026, 12, 10));
        watching.passTime(LocalDate.of(2026, 12, 10)).block(Duration.ofSeconds(60));

        JsonNode project = api.get(TestIdentity.CENTRE, "/api/issues/statistics/projects/{id}", projectId);
        assertThat(project.get("of").asString()).isEqualTo(projectId);
        assertThat(project.get("asOf").asString()).isEqualTo("2026-12-10");
        JsonNode statistics = project.get("statistics");
        assertFigures(statistics.get("policyQuestions"), 2, 1, 1, 1, 0, 0, 1, 1, 1.0, 1.0, 5.0);
        assertFigures(statistics.get("problems"), 3, 1, 2, 1, 1, 1, 0, 0, 0.5, 4.5, 3.0);
        assertFigures(statistics.get("all"), 5, 2, 3, 2, 1, 1, 1, 1, 0.6667, 3.33, 4.0);

        for (CurrentUser reader : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, daj)) {
            JsonNode department = api.get(reader, "/api/issues/statistics/departments/daj");
            assertThat(department.get("of").asString()).isEqualTo("daj");
            assertThat(department.get("statistics")).as(reader.id()).isEqualTo(statistics);
        }
        for (CurrentUser reader : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER, TestIdentity.LEADER)) {
            assertThat(api.get(reader, "/api/issues/statistics/projects/{id}", projectId).get("statistics"))
                    .as(reader.id()).isEqualTo(statistics);
        }
        api.problem(api.fetch(officerOf("zjj"), "/api/issues/statistics/departments/daj"), 403, "forbidden");
    }

    @Test
    void a_project_without_tickets_has_zero_figures_and_no_rates() {
        String projectId = api.knownProject();

        JsonNode all = api.get(TestIdentity.OFFICER, "/api/issues/statistics/projects/{id}", projectId)
                .get("statistics").get("all");

        assertThat(all.get("opened").asInt()).isZero();
        assertThat(all.get("onTimeRate").isNull()).isTrue();
        assertThat(all.get("meanWorkingDaysToAnswer").isNull()).isTrue();
        assertThat(all.get("meanSatisfaction").isNull()).isTrue();
    }

    @Test
    void pages_over_100_and_other_bad_paging_or_filters_are_400s() {
        String projectId = api.knownProject();
        for (String list : List.of("/api/issues/tickets", "/api/issues/my-tickets", "/api/issues/overdue",
                "/api/issues/supervision", "/api/issues/departments/zjj/tickets",
                "/api/issues/projects/" + projectId + "/tickets")) {
            assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, list + "?size=101"))).as(list)
                    .containsExactly("size");
            assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, list + "?size=0"))).as(list)
                    .containsExactly("size");
            assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, list + "?page=-1"))).as(list)
                    .containsExactly("page");
            api.problem(api.fetch(TestIdentity.CENTRE, list + "?size=many"), 400, "unreadable-request");
            assertThat(api.get(TestIdentity.CENTRE, list + "?size=100").get("size").asInt()).as(list).isEqualTo(100);
        }
        assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, "/api/issues/board?limit=101")))
                .containsExactly("limit");
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets?step=DONE"), 400, "unreadable-request");
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets?category=WEATHER"), 400,
                "unreadable-request");
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets?supervised=perhaps"), 400,
                "unreadable-request");
        assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets?department=ZJJ")))
                .containsExactly("department");
        assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, "/api/issues/overdue?department=ZJJ")))
                .containsExactly("department");
        assertThat(api.invalidFields(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets?projectId={p}",
                "p".repeat(101)))).containsExactly("projectId");
    }

    private String reportedBy(CurrentUser reporter, String projectId, String category, String severity) {
        return api.body(api.report(reporter, IssueApi.problem(projectId, category, severity)).expectStatus()
                .isCreated()).get("ticketId").asString();
    }

    /** Every ticket on the user's board (up to 100 a step). */
    private List<String> boardTickets(CurrentUser user, String query) {
        JsonNode board = api.get(user, "/api/issues/board" + query + (query.isEmpty() ? "?" : "&") + "limit=100");
        List<String> ids = new ArrayList<>();
        board.get("columns").forEach(column -> ids.addAll(ticketIds(column.get("tickets"))));
        return ids;
    }

    private static JsonNode column(JsonNode board, String step) {
        return board.get("columns").get(STEPS.indexOf(step)).get("tickets");
    }

    private List<JsonNode> allItems(CurrentUser user, String uri) {
        List<JsonNode> items = new ArrayList<>();
        JsonNode found;
        int page = 0;
        do {
            found = api.get(user, uri + "?size=100&page=" + page++);
            found.get("items").forEach(items::add);
        } while (!found.get("items").isEmpty() && items.size() < found.get("total").asLong());
        return items;
    }

    private static void assertFigures(JsonNode figures, int opened, int open, int answered, int solved,
            int closedUnconfirmed, int reopened, int overdue, int supervised, double onTimeRate,
            double meanWorkingDaysToAnswer, double meanSatisfaction) {
        assertThat(figures.get("opened").asInt()).as("opened").isEqualTo(opened);
        assertThat(figures.get("open").asInt()).as("open").isEqualTo(open);
        assertThat(figures.get("answered").asInt()).as("answered").isEqualTo(answered);
        assertThat(figures.get("solved").asInt()).as("solved").isEqualTo(solved);
        assertThat(figures.get("closedUnconfirmed").asInt()).as("closedUnconfirmed").isEqualTo(closedUnconfirmed);
        assertThat(figures.get("reopened").asInt()).as("reopened").isEqualTo(reopened);
        assertThat(figures.get("overdue").asInt()).as("overdue").isEqualTo(overdue);
        assertThat(figures.get("supervised").asInt()).as("supervised").isEqualTo(supervised);
        assertThat(figures.get("onTimeRate").asDouble()).as("onTimeRate").isEqualTo(onTimeRate);
        assertThat(figures.get("meanWorkingDaysToAnswer").asDouble()).as("meanWorkingDaysToAnswer")
                .isEqualTo(meanWorkingDaysToAnswer);
        assertThat(figures.get("meanSatisfaction").asDouble()).as("meanSatisfaction").isEqualTo(meanSatisfaction);
    }
}

package city.keyprojects.issue.tickets.web;

import static city.keyprojects.issue.tickets.web.IssueApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * The commands on a ticket over HTTP when they must be refused: bad bodies, unknown tickets and departments, and
 * users who may not act on this ticket. Every refusal is a precise 4xx problem and leaves the ticket as it was.
 */
class TicketCommandsIntegrationTest extends UsingTheIssueApi {

    private static final String TICKET = "/api/issues/tickets/{id}/{command}";

    @Test
    void bad_bodies_for_each_command_are_400s_naming_the_field_and_leave_the_ticket_unchanged() {
        String ticketId = api.reported(api.knownProject(), "UTILITIES", "GENERAL").get("ticketId").asString();
        api.inProgress(ticketId, "zjj");
        JsonNode before = api.ticket(ticketId);
        long v = before.get("version").asLong();

        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("department", "zrj", "handler", "x")))
                .containsExactly("version");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", 0, "department", "zrj",
                "handler", "x"))).containsExactly("version");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", v, "handler", "x")))
                .containsExactly("department");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", v, "department", "ZRJ",
                "handler", "x"))).containsExactly("department");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", v, "department",
                "zrj; drop", "handler", "x"))).containsExactly("department");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", v, "department", "zrj",
                "handler", " "))).containsExactly("handler");
        assertThat(invalid(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version", v, "department", "zrj",
                "handler", "h".repeat(101)))).containsExactly("handler");
        assertThat(invalid(officerOf("zjj"), ticketId, "handling", Map.of())).containsExactly("version");
        assertThat(invalid(officerOf("zjj"), ticketId, "handling", Map.of("version", -1))).containsExactly("version");
        assertThat(invalid(officerOf("zjj"), ticketId, "information-requests", Map.of("version", v)))
                .containsExactly("question");
        assertThat(invalid(officerOf("zjj"), ticketId, "information-requests", Map.of("version", v, "question",
                "问".repeat(2001)))).containsExactly("question");
        assertThat(invalid(TestIdentity.ENTERPRISE, ticketId, "information", Map.of("version", v, "information",
                ""))).containsExactly("information");
        assertThat(invalid(officerOf("zjj"), ticketId, "answer", Map.of("version", v, "answer", "   ")))
                .containsExactly("answer");
        assertThat(invalid(officerOf("zjj"), ticketId, "answer", Map.of("answer", "已解决"))).containsExactly("version");
        assertThat(invalid(officerOf("zjj"), ticketId, "answer", Map.of("version", v, "answer", "答".repeat(4001))))
                .containsExactly("answer");
        for (int satisfaction : List.of(0, 6, -1, 100)) {
            assertThat(invalid(TestIdentity.ENTERPRISE, ticketId, "confirmation", Map.of("version", v,
                    "satisfaction", satisfaction))).as("satisfaction %s", satisfaction).containsExactly("satisfaction");
        }
        assertThat(invalid(TestIdentity.ENTERPRISE, ticketId, "confirmation", Map.of("version", v)))
                .containsExactly("satisfaction");
        assertThat(invalid(TestIdentity.ENTERPRISE, ticketId, "confirmation", Map.of("version", v, "satisfaction", 5,
                "comment", "评".repeat(2001)))).containsExactly("comment");
        assertThat(invalid(TestIdentity.ENTERPRISE, ticketId, "reopening", Map.of("version", v)))
                .containsExactly("reason");

        // Not JSON of the command's shape at all: wrong types, decimals for whole numbers, fields the server owns.
        record Raw(CurrentUser user, String command, String body) {
        }
        for (Raw raw : List.of(
                new Raw(TestIdentity.ENTERPRISE, "confirmation", "{\"version\":" + v + ",\"satisfaction\":\"x\"}"),
                new Raw(TestIdentity.ENTERPRISE, "confirmation", "{\"version\":" + v + ",\"satisfaction\":4.5}"),
                new Raw(TestIdentity.ENTERPRISE, "confirmation", "{\"version\":" + v + ",\"satisfaction\":[5]}"),
                new Raw(TestIdentity.ENTERPRISE, "confirmation",
                        "{\"version\":" + v + ",\"satisfaction\":5,\"closedBy\":\"centre\"}"),
                new Raw(officerOf("zjj"), "handling", "{\"version\":\"latest\"}"),
                new Raw(officerOf("zjj"), "handling", "{\"version\":" + v + ".5}"),
                new Raw(officerOf("zjj"), "handling", "{\"version\":" + v + ",\"step\":\"ANSWERED\"}"),
                new Raw(officerOf("zjj"), "answer", "{\"version\":" + v + ",\"answer\":\"ok\",\"onTime\":true}"),
                new Raw(officerOf("zjj"), "answer", "{\"version\":" + v + ",\"answer\":"),
                new Raw(TestIdentity.CENTRE, "assignment",
                        "{\"version\":" + v + ",\"department\":\"zrj\",\"handler\":\"x\",\"dueDate\":\"2030-01-01\"}"),
                new Raw(TestIdentity.CENTRE, "assignment", "[]"))) {
            JsonNode refused = api.problem(api.postRaw(raw.user(), TICKET, raw.body(), ticketId, raw.command()), 400,
                    "unreadable-request");
            assertThat(refused.get("instance").asString()).as(raw.body()).endsWith("/" + raw.command());
        }

        assertUnchanged(ticketId, before);
    }

    @Test
    void assigning_to_a_department_the_city_does_not_have_is_a_400_naming_the_known_ones() {
        String ticketId = api.reported(api.knownProject(), "LAND", "SERIOUS").get("ticketId").asString();
        JsonNode before = api.ticket(ticketId);

        JsonNode problem = api.problem(api.command(TestIdentity.CENTRE, ticketId, "assignment", Map.of("version",
                before.get("version").asLong(), "department", "nasa", "handler", "astronaut")), 400, "validation");
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("department");
        assertThat(problem.get("detail").asString()).contains("nasa").contains("zjj");

        assertUnchanged(ticketId, before);
    }

    @Test
    void a_ticket_that_does_not_exist_is_a_404_for_reading_it_and_for_every_command() {
        String missing = "no-such-ticket";

        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets/{id}", missing), 404, "not-found");
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/tickets/{id}/history", missing), 404, "not-found");
        api.problem(api.command(TestIdentity.CENTRE, missing, "assignment", Map.of("version", 1, "department", "zjj",
                "handler", "zjj-officer")), 404, "not-found");
        api.problem(api.command(officerOf("zjj"), missing, "handling", Map.of("version", 1)), 404, "not-found");
        api.problem(api.command(officerOf("zjj"), missing, "information-requests", Map.of("version", 1, "question",
                "?")), 404, "not-found");
        api.problem(api.command(officerOf("zjj"), missing, "answer", Map.of("version", 1, "answer", "ok")), 404,
                "not-found");
        api.problem(api.command(TestIdentity.ENTERPRISE, missing, "information", Map.of("version", 1, "information",
                "ok")), 404, "not-found");
        api.problem(api.command(TestIdentity.ENTERPRISE, missing, "confirmation", Map.of("version", 1,
                "satisfaction", 5)), 404, "not-found");
        api.problem(api.command(TestIdentity.ENTERPRISE, missing, "reopening", Map.of("version", 1, "reason", "no")),
                404, "not-found");
    }

    @Test
    void only_the_centre_assigns_and_only_the_handling_department_works_on_a_ticket() {
        String ticketId = api.reported(api.knownProject(), "ROAD_ACCESS", "URGENT").get("ticketId").asString();
        JsonNode reported = api.ticket(ticketId);
        long v = reported.get("version").asLong();

        for (CurrentUser notCentre : List.of(TestIdentity.LEADER, TestIdentity.ZJJ_OFFICER, TestIdentity.OFFICER,
                TestIdentity.ENTERPRISE)) {
            api.problem(api.command(notCentre, ticketId, "assignment", Map.of("version", v, "department", "zjj",
                    "handler", notCentre.id())), 403, "role-not-allowed");
        }
        // No department has it yet: none may start on it.
        api.problem(api.command(officerOf("zjj"), ticketId, "handling", Map.of("version", v)), 403, "forbidden");
        assertUnchanged(ticketId, reported);

        api.inProgress(ticketId, "zjj");
        JsonNode handled = api.ticket(ticketId);
        long w = handled.get("version").asLong();
        api.problem(api.command(officerOf("zrj"), ticketId, "information-requests", Map.of("version", w, "question",
                "?")), 403, "forbidden");
        // A zjj account that carries no department is not an officer of zjj.
        api.problem(api.command(TestIdentity.user("zjj-officer", Role.DEPT_OFFICER, null, null), ticketId, "answer",
                Map.of("version", w, "answer", "已解决")), 403, "forbidden");
        for (CurrentUser notDepartment : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, TestIdentity.OFFICER,
                TestIdentity.ENTERPRISE)) {
            api.problem(api.command(notDepartment, ticketId, "answer", Map.of("version", w, "answer", "已解决")), 403,
                    "role-not-allowed");
        }
        assertUnchanged(ticketId, handled);
    }

    @Test
    void another_enterprise_or_officer_cannot_answer_confirm_or_reopen_for_the_reporter_but_its_colleague_can() {
        String ticketId = api.reported(api.knownProject(), "LABOUR", "SERIOUS").get("ticketId").asString();
        api.inProgress(ticketId, "zjj");
        api.done(officerOf("zjj"), ticketId, "information-requests", "question", "请提供用工合同");
        JsonNode asked = api.ticket(ticketId);
        long v = asked.get("version").asLong();

        for (CurrentUser notReporter : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER,
                TestIdentity.OFFICER, TestIdentity.CENTRE)) {
            api.problem(api.command(notReporter, ticketId, "information", Map.of("version", v, "information", "见附件")),
                    403, "forbidden");
        }
        assertUnchanged(ticketId, asked);

        api.done(TestIdentity.ENTERPRISE, ticketId, "information", "information", "已上传");
        api.done(officerOf("zjj"), ticketId, "answer", "answer", "已协调");
        JsonNode answered = api.ticket(ticketId);
        long w = answered.get("version").asLong();
        for (CurrentUser notReporter : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER,
                TestIdentity.OFFICER, TestIdentity.CENTRE)) {
            api.problem(api.command(notReporter, ticketId, "confirmation", Map.of("version", w, "satisfaction", 1)),
                    403, "forbidden");
            api.problem(api.command(notReporter, ticketId, "reopening", Map.of("version", w, "reason", "不满意")), 403,
                    "forbidden");
        }
        for (CurrentUser notReporterSide : List.of(TestIdentity.LEADER, TestIdentity.ZJJ_OFFICER)) {
            api.problem(api.command(notReporterSide, ticketId, "confirmation", Map.of("version", w, "satisfaction",
                    5)), 403, "role-not-allowed");
        }
        assertUnchanged(ticketId, answered);

        CurrentUser colleague = TestIdentity.user("enterprise-colleague", Role.ENTERPRISE, null,
                TestIdentity.ENTERPRISE.creditCode());
        JsonNode closed = api.done(colleague, ticketId, "confirmation", "satisfaction", 5);
        assertThat(closed.get("step").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closure").get("closedBy").asString()).isEqualTo("enterprise-colleague");
    }

    @Test
    void a_ticket_the_project_officer_reported_is_answered_for_by_that_officer_alone() {
        String projectId = api.knownProject();
        String ticketId = api.body(api.report(TestIdentity.OFFICER, IssueApi.problem(projectId, "OTHER", "GENERAL"))
                .expectStatus().isCreated()).get("ticketId").asString();
        api.answered(ticketId, "zrj");
        JsonNode answered = api.ticket(ticketId);
        long v = answered.get("version").asLong();

        // The owner enterprise may read the ticket, but it did not report it.
        for (CurrentUser notReporter : List.of(TestIdentity.ENTERPRISE, TestIdentity.OTHER_OFFICER)) {
            api.problem(api.command(notReporter, ticketId, "confirmation", Map.of("version", v, "satisfaction", 3)),
                    403, "forbidden");
        }
        assertUnchanged(ticketId, answered);

        assertThat(api.done(TestIdentity.OFFICER, ticketId, "reopening", "reason", "仍未解决").get("step").asString())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void a_stranger_quoting_an_old_version_is_refused_for_who_they_are_not_told_the_ticket_moved_on() {
        String ticketId = api.reported(api.knownProject(), "UTILITIES", "GENERAL").get("ticketId").asString();
        api.inProgress(ticketId, "zjj");
        JsonNode handled = api.ticket(ticketId);

        api.problem(api.command(officerOf("zrj"), ticketId, "answer", Map.of("version", 1, "answer", "已解决")), 403,
                "forbidden");
        api.problem(api.command(officerOf("zjj"), ticketId, "answer", Map.of("version", 1, "answer", "已解决")), 409,
                "stale-version");
        assertUnchanged(ticketId, handled);
    }

    private List<String> invalid(CurrentUser user, String ticketId, String command, Map<String, Object> body) {
        return api.invalidFields(api.command(user, ticketId, command, body));
    }

    /** Same version, step and history as {@code before}: the refused command changed nothing. */
    private void assertUnchanged(String ticketId, JsonNode before) {
        JsonNode now = api.ticket(ticketId);
        assertThat(now.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(now.get("step").asString()).isEqualTo(before.get("step").asString());
        assertThat(now.get("activities")).isEqualTo(before.get("activities"));
        assertThat(api.get(TestIdentity.CENTRE, "/api/issues/tickets/{id}/history", ticketId))
                .hasSize(before.get("activities").size());
    }
}

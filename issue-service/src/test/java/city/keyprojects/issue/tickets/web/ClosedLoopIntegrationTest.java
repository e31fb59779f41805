package city.keyprojects.issue.tickets.web;

import static city.keyprojects.issue.tickets.web.IssueApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/** The five steps (五步工作法) through the API, as each party takes them, with what is published and recorded. */
class ClosedLoopIntegrationTest extends UsingTheIssueApi {

    @Test
    void a_problem_goes_from_report_to_confirmed_closure_through_a_reopening_and_every_step_is_published_with_its_actor() {
        String projectId = api.knownProject();
        JsonNode reported = api.reported(projectId, "ROAD_ACCESS", "SERIOUS");
        String ticketId = reported.get("ticketId").asString();
        assertThat(reported.get("step").asString()).isEqualTo("REPORTED");
        assertThat(reported.get("clock").get("limitWorkingDays").asInt()).isEqualTo(5);
        assertThat(reported.get("reporter").get("role").asString()).isEqualTo("ENTERPRISE");

        JsonNode assigned = api.done(TestIdentity.CENTRE, ticketId, "assignment", "department", "zjj", "handler",
                "zjj-officer");
        assertThat(assigned.get("step").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.get("assignment").get("department").asString()).isEqualTo("zjj");

        assertThat(api.done(officerOf("zjj"), ticketId, "handling").get("step").asString()).isEqualTo("IN_PROGRESS");
        JsonNode asked = api.done(officerOf("zjj"), ticketId, "information-requests", "question", "请提供道路红线图");
        assertThat(asked.get("clock").get("paused").asBoolean()).isTrue();
        assertThat(asked.get("pendingQuestion").asString()).isEqualTo("请提供道路红线图");
        JsonNode provided = api.done(TestIdentity.ENTERPRISE, ticketId, "information", "information", "已上传红线图");
        assertThat(provided.get("clock").get("paused").asBoolean()).isFalse();
        assertThat(provided.get("pendingQuestion").isNull()).isTrue();

        JsonNode answered = api.done(officerOf("zjj"), ticketId, "answer", "answer", "已协调施工单位硬化道路");
        assertThat(answered.get("step").asString()).isEqualTo("ANSWERED");
        assertThat(answered.get("answer").get("onTime").asBoolean()).isTrue();

        JsonNode reopened = api.done(TestIdentity.ENTERPRISE, ticketId, "reopening", "reason", "道路仍未通车");
        assertThat(reopened.get("step").asString()).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get("reopenCount").asInt()).isEqualTo(1);
        api.done(officerOf("zjj"), ticketId, "answer", "answer", "道路已通车");

        JsonNode closed = api.done(TestIdentity.ENTERPRISE, ticketId, "confirmation", "satisfaction", 4, "comment",
                "满意");
        assertThat(closed.get("step").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closure").get("confirmed").asBoolean()).isTrue();
        assertThat(closed.get("closure").get("satisfaction").asInt()).isEqualTo(4);

        List<EventEnvelope> events = api.events(projectId, event -> true, 9);
        assertThat(events).extracting(EventEnvelope::type).containsExactly("issue.ticket-reported",
                "issue.ticket-assigned", "issue.ticket-handling-started", "issue.ticket-information-requested",
                "issue.ticket-information-provided", "issue.ticket-answered", "issue.ticket-reopened",
                "issue.ticket-answered", "issue.ticket-closed");
        assertThat(events).extracting(EventEnvelope::actorid).containsExactly("enterprise", "centre", "zjj-officer",
                "zjj-officer", "enterprise", "zjj-officer", "enterprise", "zjj-officer", "enterprise");

        JsonNode history = api.get(TestIdentity.CENTRE, "/api/issues/tickets/{id}/history", ticketId);
        assertThat(history).hasSize(9);
        assertThat(history.get(1).get("actor").get("role").asString()).isEqualTo("CITY_ADMIN");
    }

    @Test
    void a_department_cannot_work_on_or_answer_a_ticket_it_was_not_given_and_nothing_changes() {
        String projectId = api.knownProject();
        String ticketId = api.reported(projectId, "UTILITIES", "GENERAL").get("ticketId").asString();
        api.inProgress(ticketId, "zjj");
        long version = api.version(ticketId);

        api.problem(api.command(officerOf("zrj"), ticketId, "answer", Map.of("version", version, "answer", "已解决")),
                403, "forbidden");
        api.problem(api.command(officerOf("zrj"), ticketId, "handling", Map.of("version", version)), 403,
                "forbidden");
        assertThat(api.version(ticketId)).isEqualTo(version);
        assertThat(api.ticket(ticketId).get("step").asString()).isEqualTo("IN_PROGRESS");
    }

    @Test
    void moves_the_step_does_not_allow_are_409s_naming_the_rule_and_a_stale_version_is_a_409_too() {
        String projectId = api.knownProject();
        String ticketId = api.reported(projectId, "LABOUR", "GENERAL").get("ticketId").asString();
        long version = api.version(ticketId);

        api.ruleViolation(api.command(TestIdentity.ENTERPRISE, ticketId, "confirmation",
                Map.of("version", version, "satisfaction", 5)), "ticket-step-allows-it");
        api.done(TestIdentity.CENTRE, ticketId, "assignment", "department", "zjj", "handler", "zjj-officer");
        api.ruleViolation(api.command(officerOf("zjj"), ticketId, "answer",
                Map.of("version", api.version(ticketId), "answer", "已解决")), "ticket-step-allows-it");
        api.problem(api.command(officerOf("zjj"), ticketId, "handling", Map.of("version", version)), 409,
                "stale-version");
        assertThat(api.ticket(ticketId).get("step").asString()).isEqualTo("ASSIGNED");
    }
}

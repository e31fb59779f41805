package city.keyprojects.issue.tickets.web;

import static city.keyprojects.issue.tickets.web.IssueApi.officerOf;
import static city.keyprojects.issue.tickets.web.IssueApi.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import city.keyprojects.issue.tickets.application.WatchingTicketClocks;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * The passing of time on tickets, seen through the API and the published events: an overdue ticket escalates
 * level by level (each level once, recorded and published) onto the supervision list; a stopped clock does not
 * escalate; an answered ticket its reporter leaves unconfirmed is closed as such.
 *
 * <p>Time starts on Monday 2026-11-30 (no public holiday until the year ends), so that working days can be counted
 * by hand: a policy question (2 working days) reported then is due on Wednesday 2 December; 1 working day overdue
 * on Thursday 3, 3 on Monday 7, 5 on Wednesday 9.
 */
class EscalationIntegrationTest extends UsingTheIssueApi {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 2);

    @Autowired
    WatchingTicketClocks watching;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void an_overdue_ticket_reaches_each_level_once_when_due_however_often_time_is_passed_and_joins_the_supervision_list() {
        CurrentUser owner = IssueApi.freshEnterprise();
        String projectId = api.knownProject(owner);
        clock.moveTo(MONDAY);
        String ticketId = reportedBy(owner, projectId, "POLICY_QUESTION", "GENERAL");
        api.done(TestIdentity.CENTRE, ticketId, "assignment", "department", "zjj", "handler", "zjj-officer");
        assertThat(api.ticket(ticketId).get("clock").get("dueDate").asString()).isEqualTo(DUE.toString());

        passTime(DUE);
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isZero();
        passTime(DUE.plusDays(1));
        passTime(DUE.plusDays(1));
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isEqualTo(1);
        passTime(LocalDate.of(2026, 12, 4));
        passTime(LocalDate.of(2026, 12, 7));
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isEqualTo(2);
        passTime(LocalDate.of(2026, 12, 9));
        passTime(LocalDate.of(2026, 12, 9));
        passTime(LocalDate.of(2026, 12, 10));

        List<EventEnvelope> escalated = api.exactlyEvents(projectId, ofType("issue.ticket-escalated"), 3);
        assertThat(escalated).extracting(event -> event.data().get("level").asInt()).containsExactly(1, 2, 3);
        assertThat(escalated).extracting(event -> event.data().get("notified").asString())
                .containsExactly("zjj", IssueApi.LEADER_NAME, "city");
        assertThat(escalated).extracting(event -> event.data().get("workingDaysOverdue").asInt())
                .containsExactly(1, 3, 5);
        assertThat(escalated).extracting(EventEnvelope::actorid).containsOnly("system");
        List<EventEnvelope> supervised = api.exactlyEvents(projectId, ofType("issue.ticket-supervised"), 1);
        assertThat(supervised.get(0).data().get("ticketId").asString()).isEqualTo(ticketId);

        JsonNode ticket = api.ticket(ticketId);
        assertThat(ticket.get("escalationLevel").asInt()).isEqualTo(3);
        assertThat(ticket.get("escalations")).extracting(reached -> reached.get("reachedOn").asString())
                .containsExactly("2026-12-03", "2026-12-07", "2026-12-09");
        assertThat(ticket.get("supervised").asBoolean()).isTrue();
        assertThat(ticket.get("supervisedOn").asString()).isEqualTo("2026-12-09");
        assertThat(api.get(TestIdentity.CENTRE, "/api/issues/tickets/{id}/history", ticketId))
                .extracting(entry -> entry.get("type").asString())
                .filteredOn(type -> type.equals("issue.ticket-escalated") || type.equals("issue.ticket-supervised"))
                .hasSize(4);
    }

    @Test
    void an_escalated_ticket_is_on_the_supervision_list_of_those_who_may_read_it_and_of_no_one_else() {
        CurrentUser owner = IssueApi.freshEnterprise();
        String ticketId = escalatedToTheCity(owner);

        assertThat(api.allTicketIds(owner, "/api/issues/supervision")).containsExactly(ticketId);
        assertThat(api.get(owner, "/api/issues/tickets?supervised=true").get("total").asLong()).isEqualTo(1);
        assertThat(api.get(owner, "/api/issues/tickets?supervised=false").get("total").asLong()).isZero();
        for (CurrentUser reader : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, officerOf("zjj"))) {
            assertThat(api.allTicketIds(reader, "/api/issues/supervision")).as(reader.id()).contains(ticketId);
        }
        assertThat(api.allTicketIds(TestIdentity.CENTRE, "/api/issues/supervision?department=zrj"))
                .doesNotContain(ticketId);
        for (CurrentUser stranger : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.ENTERPRISE,
                TestIdentity.OTHER_OFFICER, officerOf("zrj"))) {
            assertThat(api.allTicketIds(stranger, "/api/issues/supervision")).as(stranger.id())
                    .doesNotContain(ticketId);
        }

        // Once answered and confirmed it leaves the list.
        api.inProgress(ticketId, "zjj");
        api.done(officerOf("zjj"), ticketId, "answer", "answer", "已答复政策适用范围");
        api.done(owner, ticketId, "confirmation", "satisfaction", 4);
        assertThat(api.allTicketIds(owner, "/api/issues/supervision")).isEmpty();
        assertThat(api.allTicketIds(TestIdentity.CENTRE, "/api/issues/supervision")).doesNotContain(ticketId);
    }

    @Test
    void an_escalated_ticket_is_listed_overdue_for_those_who_may_read_it_and_for_no_one_else() {
        CurrentUser owner = IssueApi.freshEnterprise();
        String ticketId = escalatedToTheCity(owner);

        assertThat(api.allTicketIds(owner, "/api/issues/overdue")).containsExactly(ticketId);
        JsonNode listed = api.get(owner, "/api/issues/overdue").get("items").get(0);
        assertThat(listed.get("clock").get("workingDaysOverdue").asInt()).isEqualTo(6);
        assertThat(listed.get("clock").get("remainingWorkingDays").asInt()).isEqualTo(-6);
        for (CurrentUser reader : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, officerOf("zjj"))) {
            assertThat(api.allTicketIds(reader, "/api/issues/overdue")).as(reader.id()).contains(ticketId);
        }
        assertThat(api.allTicketIds(TestIdentity.CENTRE, "/api/issues/overdue?department=zjj")).contains(ticketId);
        assertThat(api.allTicketIds(TestIdentity.CENTRE, "/api/issues/overdue?department=zrj"))
                .doesNotContain(ticketId);
        for (CurrentUser stranger : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.ENTERPRISE,
                TestIdentity.OTHER_OFFICER, officerOf("zrj"))) {
            assertThat(api.allTicketIds(stranger, "/api/issues/overdue")).as(stranger.id()).doesNotContain(ticketId);
        }
    }

    @Test
    void a_ticket_found_late_reaches_every_level_due_at_once_the_first_telling_the_centre_that_has_not_assigned_it() {
        String projectId = api.knownProject();
        clock.moveTo(MONDAY);
        String ticketId = reportedBy(TestIdentity.ENTERPRISE, projectId, "POLICY_QUESTION", "SERIOUS");

        passTime(LocalDate.of(2026, 12, 9));
        passTime(LocalDate.of(2026, 12, 10));

        List<EventEnvelope> escalated = api.exactlyEvents(projectId, ofType("issue.ticket-escalated"), 3);
        assertThat(escalated).extracting(event -> event.data().get("notified").asString())
                .containsExactly("key-project-centre", IssueApi.LEADER_NAME, "city");
        assertThat(escalated).extracting(event -> event.data().get("detectedOn").asString())
                .containsOnly("2026-12-09");
        api.exactlyEvents(projectId, ofType("issue.ticket-supervised"), 1);
        assertThat(api.ticket(ticketId).get("step").asString()).isEqualTo("REPORTED");
    }

    @Test
    void while_the_department_waits_for_the_reporter_the_clock_stands_and_nothing_escalates() {
        CurrentUser owner = IssueApi.freshEnterprise();
        String projectId = api.knownProject(owner);
        clock.moveTo(MONDAY);
        String ticketId = reportedBy(owner, projectId, "POLICY_QUESTION", "GENERAL");
        api.inProgress(ticketId, "zjj");
        api.done(officerOf("zjj"), ticketId, "information-requests", "question", "请说明享受政策的主体");

        passTime(LocalDate.of(2026, 12, 9));
        clock.moveTo(LocalDate.of(2026, 12, 9));
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isZero();
        assertThat(api.allTicketIds(owner, "/api/issues/overdue")).isEmpty();

        // Seven working days stood still (1–9 December): due on 2 December becomes due on 11 December.
        JsonNode resumed = api.done(owner, ticketId, "information", "information", "主体为项目公司");
        assertThat(resumed.get("clock").get("dueDate").asString()).isEqualTo("2026-12-11");
        assertThat(resumed.get("clock").get("pausedWorkingDays").asInt()).isEqualTo(7);
        passTime(LocalDate.of(2026, 12, 11));
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isZero();
        passTime(LocalDate.of(2026, 12, 14));
        assertThat(api.ticket(ticketId).get("escalationLevel").asInt()).isEqualTo(1);
        api.exactlyEvents(projectId, ofType("issue.ticket-escalated"), 1);
    }

    @Test
    void an_answered_ticket_left_unconfirmed_for_five_working_days_is_closed_as_unconfirmed_once_and_counted_so() {
        String projectId = api.knownProject();
        clock.moveTo(MONDAY);
        String early = reportedBy(TestIdentity.ENTERPRISE, projectId, "POLICY_QUESTION", "GENERAL");
        String late = reportedBy(TestIdentity.ENTERPRISE, projectId, "UTILITIES", "GENERAL");
        api.answered(early, "zjj");
        clock.moveTo(LocalDate.of(2026, 12, 4));
        api.answered(late, "zjj");

        passTime(LocalDate.of(2026, 12, 4));
        assertThat(api.ticket(early).get("step").asString()).isEqualTo("ANSWERED");
        passTime(LocalDate.of(2026, 12, 7));
        assertThat(api.ticket(early).get("step").asString()).as("the 5th working day, 7 Dec, is the reporter's whole")
                .isEqualTo("ANSWERED");
        passTime(LocalDate.of(2026, 12, 8));
        passTime(LocalDate.of(2026, 12, 8));

        JsonNode closed = api.ticket(early);
        assertThat(closed.get("step").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closure").get("confirmed").asBoolean()).isFalse();
        assertThat(closed.get("closure").get("satisfaction").isNull()).isTrue();
        assertThat(closed.get("closure").get("closedOn").asString()).isEqualTo("2026-12-08");
        assertThat(closed.get("closure").get("closedBy").asString()).isEqualTo("system");
        // Answered on Friday 4 December: its window runs through 11 December, still the reporter's to confirm.
        assertThat(api.ticket(late).get("step").asString()).isEqualTo("ANSWERED");

        List<EventEnvelope> closings = api.exactlyEvents(projectId, ofType("issue.ticket-closed"), 1);
        assertThat(closings.get(0).data().get("ticketId").asString()).isEqualTo(early);
        assertThat(closings.get(0).data().get("confirmed").asBoolean()).isFalse();
        assertThat(closings.get(0).actorid()).isEqualTo("system");
        api.ruleViolation(api.command(TestIdentity.ENTERPRISE, early, "confirmation", Map.of("version",
                closed.get("version").asLong(), "satisfaction", 5)), "ticket-step-allows-it");

        JsonNode figures = api.get(TestIdentity.CENTRE, "/api/issues/statistics/projects/{id}", projectId)
                .get("statistics").get("all");
        assertThat(figures.get("closedUnconfirmed").asInt()).isEqualTo(1);
        assertThat(figures.get("solved").asInt()).isZero();
        assertThat(figures.get("answered").asInt()).isEqualTo(2);
    }

    /**
     * An urgent policy question of a fresh project of {@code owner}, handed to zjj on Monday 30 November and left
     * unanswered: on the supervision list from 9 December; the service's today is then Thursday 10 December, 6
     * working days past its due date.
     */
    private String escalatedToTheCity(CurrentUser owner) {
        String projectId = api.knownProject(owner);
        clock.moveTo(MONDAY);
        String ticketId = reportedBy(owner, projectId, "POLICY_QUESTION", "URGENT");
        api.done(TestIdentity.CENTRE, ticketId, "assignment", "department", "zjj", "handler", "zjj-officer");
        passTime(LocalDate.of(2026, 12, 9));
        clock.moveTo(LocalDate.of(2026, 12, 10));
        return ticketId;
    }

    private String reportedBy(CurrentUser reporter, String projectId, String category, String severity) {
        return api.body(api.report(reporter, IssueApi.problem(projectId, category, severity)).expectStatus()
                .isCreated()).get("ticketId").asString();
    }

    private void passTime(LocalDate day) {
        watching.passTime(day).block(Duration.ofSeconds(60));
    }
}

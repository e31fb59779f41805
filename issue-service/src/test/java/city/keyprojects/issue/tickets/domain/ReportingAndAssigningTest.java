package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.TicketStory.CENTRE_USER;
import static city.keyprojects.issue.tickets.domain.TicketStory.DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.ENTERPRISE;
import static city.keyprojects.issue.tickets.domain.TicketStory.HANDLER;
import static city.keyprojects.issue.tickets.domain.TicketStory.OTHER_DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT_NAME;
import static city.keyprojects.issue.tickets.domain.TicketStory.inProgress;
import static city.keyprojects.issue.tickets.domain.TicketStory.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import city.keyprojects.platform.problem.RuleViolationException;

class ReportingAndAssigningTest {

    /** Monday 2025-09-29: the last working days before National Day (10-01..10-08 off, Sat 10-11 worked). */
    private static final LocalDate MON_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 29);

    @Test
    void every_category_has_its_limit_at_each_severity_in_working_days() {
        // GENERAL, SERIOUS, URGENT — the city's 限时办结 table.
        Map<TicketCategory, int[]> table = Map.of(
                TicketCategory.LAND, new int[] {20, 10, 5},
                TicketCategory.DEMOLITION, new int[] {20, 10, 5},
                TicketCategory.ROAD_ACCESS, new int[] {10, 5, 3},
                TicketCategory.UTILITIES, new int[] {10, 5, 3},
                TicketCategory.APPROVAL, new int[] {5, 3, 2},
                TicketCategory.FINANCING, new int[] {15, 10, 5},
                TicketCategory.LABOUR, new int[] {10, 5, 3},
                TicketCategory.POLICY_QUESTION, new int[] {2, 2, 2},
                TicketCategory.OTHER, new int[] {10, 5, 3});
        assertThat(table).containsOnlyKeys(TicketCategory.values());
        table.forEach((category, limits) -> {
            for (Severity severity : Severity.values()) {
                assertThat(ResponseLimits.workingDays(category, severity)).as("%s %s", category, severity)
                        .isEqualTo(limits[severity.ordinal()]);
            }
        });
    }

    @ParameterizedTest
    @EnumSource(TicketCategory.class)
    void a_more_severe_problem_never_gets_a_longer_limit(TicketCategory category) {
        int general = ResponseLimits.workingDays(category, Severity.GENERAL);
        int serious = ResponseLimits.workingDays(category, Severity.SERIOUS);
        int urgent = ResponseLimits.workingDays(category, Severity.URGENT);
        assertThat(urgent).isPositive().isLessThanOrEqualTo(serious);
        assertThat(serious).isLessThanOrEqualTo(general);
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void a_policy_question_is_answered_within_two_working_days_whatever_its_severity(Severity severity) {
        assertThat(ResponseLimits.workingDays(TicketCategory.POLICY_QUESTION, severity))
                .isEqualTo(ResponseLimits.POLICY_QUESTION_WORKING_DAYS).isEqualTo(2);
    }

    @Test
    void a_reported_problem_waits_for_assignment_with_its_due_date_counted_in_working_days_over_national_day() {
        // 09-30 (1), National Day off, 10-09 (2), 10-10 (3).
        TicketStory story = reported(TicketCategory.ROAD_ACCESS, Severity.URGENT, MON_BEFORE_NATIONAL_DAY);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.REPORTED);
        assertThat(ticket.assignment()).isNull();
        assertThat(ticket.department()).isNull();
        assertThat(ticket.source()).isEqualTo(TicketSource.REPORTED);
        assertThat(ticket.reporter()).isEqualTo(ENTERPRISE);
        assertThat(ticket.supervised()).isFalse();
        assertThat(ticket.clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(ticket.activities()).extracting(TicketActivity::action).containsExactly("REPORTED");
        TicketReported reported = story.onlyEvent(TicketReported.class);
        assertThat(reported.ticketId()).isEqualTo(ticket.ticketId());
        assertThat(reported.projectId()).isEqualTo(PROJECT);
        assertThat(reported.subject()).isEqualTo(PROJECT);
        assertThat(reported.projectName()).isEqualTo(PROJECT_NAME);
        assertThat(reported.category()).isEqualTo(TicketCategory.ROAD_ACCESS);
        assertThat(reported.severity()).isEqualTo(Severity.URGENT);
        assertThat(reported.reporterRole()).isEqualTo("ENTERPRISE");
        assertThat(reported.reportedOn()).isEqualTo(MON_BEFORE_NATIONAL_DAY);
        assertThat(reported.limitWorkingDays()).isEqualTo(3);
        assertThat(reported.dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(reported.origin()).isNull();
    }

    @Test
    void a_policy_question_is_due_two_working_days_after_it_was_asked_counting_a_make_up_sunday() {
        // Fri 09-26: Sat 09-27 off, Sun 09-28 worked (调休) (1), Mon 09-29 (2).
        assertThat(reported(TicketCategory.POLICY_QUESTION, Severity.GENERAL, LocalDate.of(2025, 9, 26)).ticket()
                .clock().dueDate()).isEqualTo(LocalDate.of(2025, 9, 29));
        // Thu 10-09: Fri 10-10 (1), Sat 10-11 worked (调休) (2) — due on a Saturday.
        assertThat(reported(TicketCategory.POLICY_QUESTION, Severity.URGENT, LocalDate.of(2025, 10, 9)).ticket()
                .clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
        // Tue 09-30: the whole holiday is skipped, 10-09 (1), 10-10 (2).
        assertThat(reported(TicketCategory.POLICY_QUESTION, Severity.SERIOUS, LocalDate.of(2025, 9, 30)).ticket()
                .clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void a_problem_reported_before_spring_festival_counts_the_make_up_saturday_and_skips_the_holiday() {
        // Fri 2026-02-13: Sat 02-14 worked (1), 02-15..02-23 off, 02-24 (2) .. 02-27 (5).
        Ticket ticket = reported(TicketCategory.LAND, Severity.URGENT, LocalDate.of(2026, 2, 13)).ticket();
        assertThat(ticket.clock().limitWorkingDays()).isEqualTo(5);
        assertThat(ticket.clock().dueDate()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    @Test
    void a_problem_reported_on_a_holiday_starts_counting_on_the_next_working_day() {
        // Reported during National Day (10-03): 10-09 (1), 10-10 (2), 10-11 (3, a make-up Saturday).
        Ticket ticket = reported(TicketCategory.OTHER, Severity.URGENT, LocalDate.of(2025, 10, 3)).ticket();
        assertThat(ticket.clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void assigning_hands_the_ticket_to_a_department_and_handler_without_moving_its_due_date() {
        LocalDate assignedOn = LocalDate.of(2025, 9, 30);
        TicketStory story = reported(TicketCategory.ROAD_ACCESS, Severity.URGENT, MON_BEFORE_NATIONAL_DAY)
                .assigned(DEPARTMENT, HANDLER, assignedOn);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.ASSIGNED);
        assertThat(ticket.assignment()).isEqualTo(new Assignment(DEPARTMENT, HANDLER, assignedOn, CENTRE_USER));
        assertThat(ticket.department()).isEqualTo(DEPARTMENT);
        assertThat(ticket.clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(ticket.activities()).extracting(TicketActivity::action).containsExactly("REPORTED", "ASSIGNED");
        assertThat(story.onlyEvent(TicketAssigned.class)).isEqualTo(new TicketAssigned(ticket.ticketId(), PROJECT,
                TicketCategory.ROAD_ACCESS, DEPARTMENT, HANDLER, null, assignedOn, LocalDate.of(2025, 10, 10)));
    }

    @Test
    void handing_it_to_another_department_names_the_previous_one_and_waits_for_the_new_one_to_start() {
        LocalDate on = LocalDate.of(2025, 10, 9);
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON_BEFORE_NATIONAL_DAY)
                .assigned(OTHER_DEPARTMENT, "officer-zjj-2", on);

        assertThat(story.ticket().step()).isEqualTo(TicketStep.ASSIGNED);
        assertThat(story.ticket().department()).isEqualTo(OTHER_DEPARTMENT);
        TicketAssigned assigned = story.onlyEvent(TicketAssigned.class);
        assertThat(assigned.department()).isEqualTo(OTHER_DEPARTMENT);
        assertThat(assigned.handler()).isEqualTo("officer-zjj-2");
        assertThat(assigned.previousDepartment()).isEqualTo(DEPARTMENT);
        assertThat(assigned.assignedOn()).isEqualTo(on);
        assertThat(assigned.dueDate()).isEqualTo(story.ticket().clock().dueDate());
    }

    @Test
    void another_handler_in_the_same_department_goes_on_with_the_work_in_progress() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON_BEFORE_NATIONAL_DAY)
                .assigned(DEPARTMENT, "officer-zrj-2", LocalDate.of(2025, 9, 30));

        assertThat(story.ticket().step()).isEqualTo(TicketStep.IN_PROGRESS);
        assertThat(story.ticket().assignment().handler()).isEqualTo("officer-zrj-2");
        TicketAssigned assigned = story.onlyEvent(TicketAssigned.class);
        assertThat(assigned.handler()).isEqualTo("officer-zrj-2");
        assertThat(assigned.previousDepartment()).isEqualTo(DEPARTMENT);
    }

    @Test
    void the_same_assignment_twice_changes_nothing_and_publishes_nothing() {
        TicketStory story = reported(TicketCategory.LABOUR, Severity.GENERAL, MON_BEFORE_NATIONAL_DAY)
                .assigned(DEPARTMENT, HANDLER, MON_BEFORE_NATIONAL_DAY);
        Ticket before = story.ticket();

        story.assigned(DEPARTMENT, HANDLER, LocalDate.of(2025, 9, 30));

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket()).isEqualTo(before);
    }

    @Test
    void an_answered_or_closed_ticket_cannot_be_assigned() {
        LocalDate on = LocalDate.of(2025, 9, 30);
        TicketStory answered = inProgress(TicketCategory.OTHER, Severity.GENERAL, MON_BEFORE_NATIONAL_DAY)
                .answered(on);
        assertRefused(() -> answered.assigned(OTHER_DEPARTMENT, "x", on), TicketRules.STEP_ALLOWS_IT);
        TicketStory closed = answered.confirmed(5, on);
        assertRefused(() -> closed.assigned(OTHER_DEPARTMENT, "x", on), TicketRules.STEP_ALLOWS_IT);
    }

    static void assertRefused(Runnable command, String rule) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }
}

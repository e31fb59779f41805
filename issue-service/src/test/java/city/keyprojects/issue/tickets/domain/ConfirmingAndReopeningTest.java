package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.ReportingAndAssigningTest.assertRefused;
import static city.keyprojects.issue.tickets.domain.TicketStory.CALENDAR;
import static city.keyprojects.issue.tickets.domain.TicketStory.DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.ENTERPRISE;
import static city.keyprojects.issue.tickets.domain.TicketStory.HANDLER;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT;
import static city.keyprojects.issue.tickets.domain.TicketStory.inProgress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.DueDateChange;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

class ConfirmingAndReopeningTest {

    /** Thursday 2025-09-25; 3 working days (09-26, Sun 09-28 调休, 09-29) make it due Monday 09-29. */
    private static final LocalDate THU = LocalDate.of(2025, 9, 25);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 29);
    /** The last working day before National Day (10-01..10-08 off; Sat 10-11 worked). */
    private static final LocalDate TUE_BEFORE_HOLIDAY = LocalDate.of(2025, 9, 30);
    private static final ConfirmationWindow THREE_WORKING_DAYS = new ConfirmationWindow(3);

    private static TicketStory answeredOn(LocalDate day) {
        return inProgress(TicketCategory.ROAD_ACCESS, Severity.URGENT, THU).answered(day);
    }

    @Test
    void the_reporter_confirms_the_problem_solved_and_the_ticket_closes_with_the_score() {
        TicketStory story = answeredOn(DUE).confirmed(4, TUE_BEFORE_HOLIDAY);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.CLOSED);
        assertThat(ticket.closure()).isEqualTo(new Closure(true, 4, "thank you", TUE_BEFORE_HOLIDAY,
                ENTERPRISE.userId()));
        assertThat(ticket.answer()).isNotNull();
        assertThat(ticket.workingDaysOverdueOn(LocalDate.of(2025, 10, 20), CALENDAR)).isZero();
        assertThat(ticket.activities()).extracting(TicketActivity::action).endsWith("ANSWERED", "CLOSED");
        assertThat(story.onlyEvent(TicketClosed.class)).isEqualTo(new TicketClosed(ticket.ticketId(), PROJECT,
                TicketCategory.ROAD_ACCESS, DEPARTMENT, true, 4, true, TUE_BEFORE_HOLIDAY, false));
    }

    @Test
    void the_closed_event_says_whether_the_answer_came_on_time() {
        TicketStory story = answeredOn(TUE_BEFORE_HOLIDAY).confirmed(2, TUE_BEFORE_HOLIDAY);

        assertThat(story.onlyEvent(TicketClosed.class).onTime()).isFalse();
    }

    @Test
    void only_an_answered_ticket_is_confirmed_or_reopened() {
        TicketStory inProgress = inProgress(TicketCategory.ROAD_ACCESS, Severity.URGENT, THU);
        assertRefused(() -> inProgress.confirmed(5, DUE), TicketRules.STEP_ALLOWS_IT);
        assertRefused(() -> inProgress.reopened("not solved", DUE), TicketRules.STEP_ALLOWS_IT);

        TicketStory closed = answeredOn(DUE).confirmed(5, DUE);
        assertRefused(() -> closed.confirmed(5, DUE), TicketRules.STEP_ALLOWS_IT);
        assertRefused(() -> closed.reopened("not solved after all", DUE), TicketRules.STEP_ALLOWS_IT);
        assertThat(closed.ticket().step()).isEqualTo(TicketStep.CLOSED);
    }

    @Test
    void a_reopened_ticket_goes_back_to_the_department_with_the_full_limit_from_the_day_it_was_reopened() {
        // Reopened Tue 09-30 with 3 working days: 10-09, 10-10 and the make-up Saturday 10-11.
        LocalDate reopenedDue = LocalDate.of(2025, 10, 11);
        TicketStory story = answeredOn(DUE).reopened("The road is still blocked by the spoil heap", TUE_BEFORE_HOLIDAY);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.IN_PROGRESS);
        assertThat(ticket.reopenCount()).isEqualTo(1);
        assertThat(ticket.answer()).isNull();
        assertThat(ticket.closure()).isNull();
        assertThat(ticket.assignment().department()).isEqualTo(DEPARTMENT);
        assertThat(ticket.assignment().handler()).isEqualTo(HANDLER);
        assertThat(ticket.clock().startedOn()).isEqualTo(TUE_BEFORE_HOLIDAY);
        assertThat(ticket.clock().limitWorkingDays()).isEqualTo(3);
        assertThat(ticket.clock().dueDate()).isEqualTo(reopenedDue);
        assertThat(ticket.clock().changes()).containsExactly(new DueDateChange(DUE, reopenedDue,
                "reopened by the reporter", TUE_BEFORE_HOLIDAY));
        assertThat(ticket.activities()).extracting(TicketActivity::action).last().isEqualTo("REOPENED");
        assertThat(story.onlyEvent(TicketReopened.class)).isEqualTo(new TicketReopened(ticket.ticketId(), PROJECT,
                DEPARTMENT, "The road is still blocked by the spoil heap", TUE_BEFORE_HOLIDAY, reopenedDue));
    }

    @Test
    void a_reopened_ticket_is_answered_against_its_new_limit_and_then_confirmed() {
        TicketStory story = answeredOn(DUE).reopened("still blocked", TUE_BEFORE_HOLIDAY)
                .answered(LocalDate.of(2025, 10, 11));

        assertThat(story.ticket().answer()).extracting(Answer::onTime, Answer::workingDaysTaken)
                .containsExactly(true, 3);
        story.confirmed(3, LocalDate.of(2025, 10, 13));
        assertThat(story.ticket().step()).isEqualTo(TicketStep.CLOSED);
        assertThat(story.ticket().reopenCount()).isEqualTo(1);
        assertThat(story.onlyEvent(TicketClosed.class).satisfaction()).isEqualTo(3);
    }

    @Test
    void an_answer_left_unconfirmed_closes_after_the_window_in_working_days_not_calendar_days() {
        // Answered Tue 09-30 with a 3-working-day window: 10-09 (1), 10-10 (2), Sat 10-11 (3, 调休), all of them
        // whole: closed on Sunday 10-12, the first day after the window.
        TicketStory story = answeredOn(TUE_BEFORE_HOLIDAY);

        story.timePassed(LocalDate.of(2025, 10, 3), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 8), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 10), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 11), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().step()).isEqualTo(TicketStep.ANSWERED);

        story.timePassed(LocalDate.of(2025, 10, 12), THREE_WORKING_DAYS);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.CLOSED);
        assertThat(ticket.closure()).isEqualTo(new Closure(false, null, null, LocalDate.of(2025, 10, 12),
                Reporter.SYSTEM.userId()));
        assertThat(ticket.activities()).last().satisfies(activity -> {
            assertThat(activity.action()).isEqualTo("CLOSED");
            assertThat(activity.by()).isEqualTo(Reporter.SYSTEM.userId());
            assertThat(activity.note()).contains("not confirmed").contains("3 working days");
        });
        assertThat(story.onlyEvent(TicketClosed.class)).isEqualTo(new TicketClosed(ticket.ticketId(), PROJECT,
                TicketCategory.ROAD_ACCESS, DEPARTMENT, false, null, false, LocalDate.of(2025, 10, 12), false));
    }

    @Test
    void a_ticket_closed_unconfirmed_stays_closed_and_can_no_longer_be_confirmed_or_reopened() {
        TicketStory story = answeredOn(TUE_BEFORE_HOLIDAY).timePassed(LocalDate.of(2025, 10, 12),
                THREE_WORKING_DAYS);
        Ticket closed = story.ticket();

        story.timePassed(LocalDate.of(2025, 10, 20), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket()).isEqualTo(closed);
        assertRefused(() -> story.confirmed(5, LocalDate.of(2025, 10, 20)), TicketRules.STEP_ALLOWS_IT);
        assertRefused(() -> story.reopened("too late", LocalDate.of(2025, 10, 20)), TicketRules.STEP_ALLOWS_IT);
    }

    @Test
    void a_confirmed_ticket_is_not_closed_again_when_the_window_runs_out() {
        TicketStory story = answeredOn(TUE_BEFORE_HOLIDAY).confirmed(5, LocalDate.of(2025, 10, 9));

        story.timePassed(LocalDate.of(2025, 10, 20), THREE_WORKING_DAYS);

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().closure().confirmed()).isTrue();
    }

    @Test
    void the_window_runs_from_the_latest_answer_after_a_reopening() {
        // First answer Mon 09-29 would have run out after 10-10; the second, on 10-09, runs through Mon 10-13.
        TicketStory story = answeredOn(DUE).reopened("still blocked", TUE_BEFORE_HOLIDAY)
                .answered(LocalDate.of(2025, 10, 9));

        story.timePassed(LocalDate.of(2025, 10, 11), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 13), THREE_WORKING_DAYS);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 14), THREE_WORKING_DAYS);
        assertThat(story.onlyEvent(TicketClosed.class).confirmed()).isFalse();
    }

    @Test
    void the_confirmation_window_counts_the_make_up_saturday_and_skips_spring_festival() {
        ConfirmationWindow twoDays = new ConfirmationWindow(2);
        LocalDate answeredOn = LocalDate.of(2026, 2, 13);

        assertThat(twoDays.expiredOn(answeredOn, LocalDate.of(2026, 2, 14), CALENDAR)).isFalse();
        assertThat(twoDays.expiredOn(answeredOn, LocalDate.of(2026, 2, 23), CALENDAR)).isFalse();
        assertThat(twoDays.expiredOn(answeredOn, LocalDate.of(2026, 2, 24), CALENDAR)).isFalse();
        assertThat(twoDays.expiredOn(answeredOn, LocalDate.of(2026, 2, 25), CALENDAR)).isTrue();
        assertThat(twoDays.expiredOn(answeredOn, answeredOn, CALENDAR)).isFalse();
    }

    @Test
    void the_confirmation_window_is_at_least_one_working_day() {
        assertThat(new ConfirmationWindow(1).workingDays()).isEqualTo(1);
        assertThatThrownBy(() -> new ConfirmationWindow(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConfirmationWindow(-5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_satisfaction_score_outside_one_to_five_is_refused() {
        for (int score : new int[] {0, 6, -1}) {
            TicketStory story = answeredOn(DUE);
            assertThatThrownBy(() -> story.confirmed(score, TUE_BEFORE_HOLIDAY)).as("score %d", score)
                    .isInstanceOf(InvalidInputException.class);
            assertThat(story.ticket().step()).isEqualTo(TicketStep.ANSWERED);
        }
    }
}

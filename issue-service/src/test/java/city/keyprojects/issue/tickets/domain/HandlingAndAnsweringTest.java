package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.ReportingAndAssigningTest.assertRefused;
import static city.keyprojects.issue.tickets.domain.TicketStory.CALENDAR;
import static city.keyprojects.issue.tickets.domain.TicketStory.DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.HANDLER;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT;
import static city.keyprojects.issue.tickets.domain.TicketStory.inProgress;
import static city.keyprojects.issue.tickets.domain.TicketStory.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HandlingAndAnsweringTest {

    /** Monday 2025-09-22; a 5-working-day limit runs to Sunday 09-28, a make-up working day (调休). */
    private static final LocalDate MON = LocalDate.of(2025, 9, 22);
    private static final LocalDate DUE_ON_MAKE_UP_SUNDAY = LocalDate.of(2025, 9, 28);
    private static final LocalDate FRI = LocalDate.of(2025, 9, 26);
    /** The first working day after National Day (10-01..10-08 off). */
    private static final LocalDate THU_AFTER_HOLIDAY = LocalDate.of(2025, 10, 9);

    @Test
    void the_department_starts_on_an_assigned_ticket_with_its_named_handler() {
        TicketStory story = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON).assigned(DEPARTMENT, HANDLER,
                MON);

        story.startedBy("officer-zrj-9", LocalDate.of(2025, 9, 23));

        assertThat(story.ticket().step()).isEqualTo(TicketStep.IN_PROGRESS);
        assertThat(story.ticket().assignment().handler()).isEqualTo(HANDLER);
        assertThat(story.ticket().clock().dueDate()).isEqualTo(DUE_ON_MAKE_UP_SUNDAY);
        assertThat(story.onlyEvent(TicketHandlingStarted.class)).isEqualTo(new TicketHandlingStarted(
                story.ticket().ticketId(), PROJECT, DEPARTMENT, HANDLER, LocalDate.of(2025, 9, 23)));
    }

    @Test
    void the_officer_who_starts_becomes_the_handler_when_none_was_named() {
        TicketStory story = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON).assigned(DEPARTMENT, null, MON)
                .startedBy("officer-zrj-9", MON);

        assertThat(story.ticket().assignment().handler()).isEqualTo("officer-zrj-9");
        assertThat(story.ticket().assignment().department()).isEqualTo(DEPARTMENT);
        assertThat(story.onlyEvent(TicketHandlingStarted.class).handler()).isEqualTo("officer-zrj-9");
    }

    @Test
    void handling_starts_only_on_an_assigned_ticket() {
        TicketStory unassigned = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON);
        assertRefused(() -> unassigned.started(MON), TicketRules.STEP_ALLOWS_IT);
        TicketStory started = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON);
        assertRefused(() -> started.started(MON), TicketRules.STEP_ALLOWS_IT);
    }

    @Test
    void a_question_to_the_reporter_stops_the_clock_so_the_ticket_is_not_overdue_while_it_waits() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON)
                .asked("Which plot boundary does the pipe cross?", FRI);

        Ticket ticket = story.ticket();
        assertThat(ticket.pendingQuestion()).isEqualTo("Which plot boundary does the pipe cross?");
        assertThat(ticket.clock().paused()).isTrue();
        assertThat(ticket.step()).isEqualTo(TicketStep.IN_PROGRESS);
        assertThat(story.onlyEvent(TicketInformationRequested.class)).isEqualTo(new TicketInformationRequested(
                ticket.ticketId(), PROJECT, DEPARTMENT, "Which plot boundary does the pipe cross?", FRI));
        // Without the pause it would be 4 working days overdue on 10-09 (09-29, 09-30, 10-09 after the due 09-28).
        assertThat(ticket.workingDaysOverdueOn(THU_AFTER_HOLIDAY, CALENDAR)).isZero();
        assertThat(ticket.clock().elapsedOn(THU_AFTER_HOLIDAY, CALENDAR)).isEqualTo(4);
    }

    @Test
    void the_information_provided_moves_the_due_date_by_the_working_days_the_clock_stood_across_national_day() {
        // Stood from the end of Fri 09-26 to the end of Thu 10-09: 09-28 (调休), 09-29, 09-30, 10-09 = 4 working days
        // (13 calendar days). Due Sun 09-28 + 4 working days = Fri 10-10.
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI)
                .provided(THU_AFTER_HOLIDAY);

        Ticket ticket = story.ticket();
        assertThat(ticket.pendingQuestion()).isNull();
        assertThat(ticket.clock().paused()).isFalse();
        assertThat(ticket.clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(ticket.workingDaysOverdueOn(LocalDate.of(2025, 10, 10), CALENDAR)).isZero();
        assertThat(ticket.workingDaysOverdueOn(LocalDate.of(2025, 10, 11), CALENDAR)).isEqualTo(1);
        assertThat(story.onlyEvent(TicketInformationProvided.class)).isEqualTo(new TicketInformationProvided(
                ticket.ticketId(), PROJECT, DEPARTMENT, THU_AFTER_HOLIDAY, 4, LocalDate.of(2025, 10, 10)));
        assertThat(ticket.activities()).extracting(TicketActivity::action).endsWith("INFORMATION_REQUESTED",
                "INFORMATION_PROVIDED");
    }

    @Test
    void information_provided_the_day_it_was_asked_for_leaves_the_due_date_where_it_was() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI)
                .provided(FRI);

        assertThat(story.ticket().clock().dueDate()).isEqualTo(DUE_ON_MAKE_UP_SUNDAY);
        TicketInformationProvided provided = story.onlyEvent(TicketInformationProvided.class);
        assertThat(provided.workingDaysPaused()).isZero();
        assertThat(provided.dueDate()).isEqualTo(DUE_ON_MAKE_UP_SUNDAY);
    }

    @Test
    void an_assigned_ticket_may_ask_too_before_the_department_starts() {
        TicketStory story = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON).assigned(DEPARTMENT, HANDLER,
                MON).asked("Which plot?", MON);

        assertThat(story.ticket().step()).isEqualTo(TicketStep.ASSIGNED);
        assertThat(story.ticket().clock().paused()).isTrue();
    }

    @Test
    void the_department_asks_one_thing_at_a_time() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI);

        assertRefused(() -> story.asked("And the pipe diameter?", FRI), TicketRules.ONE_QUESTION_AT_A_TIME);
        assertThat(story.ticket().pendingQuestion()).isEqualTo("Which plot?");
    }

    @Test
    void the_reporter_provides_only_what_was_asked_for() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON);

        assertRefused(() -> story.provided(FRI), TicketRules.INFORMATION_WAS_REQUESTED);
        story.asked("Which plot?", FRI).provided(FRI);
        assertRefused(() -> story.provided(FRI), TicketRules.INFORMATION_WAS_REQUESTED);
    }

    @Test
    void nothing_is_asked_of_the_reporter_before_assignment_or_after_the_answer() {
        TicketStory unassigned = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON);
        assertRefused(() -> unassigned.asked("?", MON), TicketRules.STEP_ALLOWS_IT);
        TicketStory answered = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).answered(FRI);
        assertRefused(() -> answered.asked("?", FRI), TicketRules.STEP_ALLOWS_IT);
    }

    @Test
    void a_ticket_waiting_for_the_reporter_cannot_be_answered_until_the_information_comes() {
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI);

        assertRefused(() -> story.answered(FRI), TicketRules.NOT_WAITING_FOR_REPORTER);
        assertThat(story.ticket().step()).isEqualTo(TicketStep.IN_PROGRESS);
        story.provided(THU_AFTER_HOLIDAY).answered(THU_AFTER_HOLIDAY);
        assertThat(story.ticket().step()).isEqualTo(TicketStep.ANSWERED);
    }

    @Test
    void only_a_ticket_in_progress_is_answered() {
        TicketStory unassigned = reported(TicketCategory.UTILITIES, Severity.SERIOUS, MON);
        assertRefused(() -> unassigned.answered(MON), TicketRules.STEP_ALLOWS_IT);
        TicketStory assigned = unassigned.assigned(DEPARTMENT, HANDLER, MON);
        assertRefused(() -> assigned.answered(MON), TicketRules.STEP_ALLOWS_IT);
        TicketStory answered = assigned.started(MON).answered(MON);
        assertRefused(() -> answered.answered(FRI), TicketRules.STEP_ALLOWS_IT);
    }

    @Test
    void an_answer_by_the_moved_due_date_is_on_time_and_counts_the_working_days_without_the_pause() {
        // 09-23..09-26, 09-28, 09-29, 09-30, 10-09, 10-10 = 9 working days elapsed, 4 of them paused.
        LocalDate fri = LocalDate.of(2025, 10, 10);
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI)
                .provided(THU_AFTER_HOLIDAY).answered(fri);

        Ticket ticket = story.ticket();
        assertThat(ticket.step()).isEqualTo(TicketStep.ANSWERED);
        assertThat(ticket.answer()).isEqualTo(new Answer("done: the road is open", fri, HANDLER, 5, true));
        assertThat(ticket.workingDaysOverdueOn(LocalDate.of(2025, 10, 20), CALENDAR)).isZero();
        assertThat(story.onlyEvent(TicketAnswered.class)).isEqualTo(new TicketAnswered(ticket.ticketId(), PROJECT,
                TicketCategory.UTILITIES, DEPARTMENT, fri, 5, 5, true, fri));
    }

    @Test
    void an_answer_on_the_make_up_saturday_after_the_due_date_is_late() {
        LocalDate makeUpSaturday = LocalDate.of(2025, 10, 11);
        TicketStory story = inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, MON).asked("Which plot?", FRI)
                .provided(THU_AFTER_HOLIDAY).answered(makeUpSaturday);

        assertThat(story.ticket().answer().onTime()).isFalse();
        assertThat(story.ticket().answer().workingDaysTaken()).isEqualTo(6);
        TicketAnswered answered = story.onlyEvent(TicketAnswered.class);
        assertThat(answered.onTime()).isFalse();
        assertThat(answered.workingDaysTaken()).isEqualTo(6);
        assertThat(answered.limitWorkingDays()).isEqualTo(5);
        assertThat(answered.dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void an_answer_on_the_due_date_itself_is_on_time_and_one_working_day_later_is_late() {
        // Reported Mon 09-29, 3 working days: due 10-10.
        LocalDate reportedOn = LocalDate.of(2025, 9, 29);
        assertThat(inProgress(TicketCategory.OTHER, Severity.URGENT, reportedOn).answered(LocalDate.of(2025, 10, 10))
                .ticket().answer()).extracting(Answer::onTime, Answer::workingDaysTaken).containsExactly(true, 3);
        // A policy question asked Fri 09-26 is due Mon 09-29 (the make-up Sunday counts): Tue 09-30 is late.
        assertThat(inProgress(TicketCategory.POLICY_QUESTION, Severity.GENERAL, LocalDate.of(2025, 9, 26))
                .answered(LocalDate.of(2025, 9, 30)).ticket().answer())
                .extracting(Answer::onTime, Answer::workingDaysTaken).containsExactly(false, 3);
    }
}

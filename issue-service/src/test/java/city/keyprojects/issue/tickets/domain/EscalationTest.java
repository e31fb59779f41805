package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.TicketStory.CALENDAR;
import static city.keyprojects.issue.tickets.domain.TicketStory.DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.HANDLER;
import static city.keyprojects.issue.tickets.domain.TicketStory.LEADER;
import static city.keyprojects.issue.tickets.domain.TicketStory.OTHER_DEPARTMENT;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT;
import static city.keyprojects.issue.tickets.domain.TicketStory.PROJECT_NAME;
import static city.keyprojects.issue.tickets.domain.TicketStory.inProgress;
import static city.keyprojects.issue.tickets.domain.TicketStory.reported;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * A ticket reported Thu 2025-09-25 with 3 working days is due Mon 09-29. Working days after it: 09-30 (1), National
 * Day 10-01..10-08 off, 10-09 (2), 10-10 (3), Sat 10-11 (4, 调休), Sun 10-12 off, 10-13 (5).
 */
class EscalationTest {

    private static final LocalDate THU = LocalDate.of(2025, 9, 25);
    private static final LocalDate DUE = LocalDate.of(2025, 9, 29);
    private static final LocalDate ONE_OVERDUE = LocalDate.of(2025, 9, 30);
    private static final LocalDate TWO_OVERDUE = LocalDate.of(2025, 10, 9);
    private static final LocalDate THREE_OVERDUE = LocalDate.of(2025, 10, 10);
    private static final LocalDate FOUR_OVERDUE = LocalDate.of(2025, 10, 11);
    private static final LocalDate FIVE_OVERDUE = LocalDate.of(2025, 10, 13);

    private static TicketStory overdueStory() {
        return inProgress(TicketCategory.OTHER, Severity.URGENT, THU);
    }

    @Test
    void the_levels_are_due_at_one_three_and_five_working_days_overdue() {
        assertThat(TicketEscalation.levelDue(0)).isZero();
        assertThat(TicketEscalation.levelDue(1)).isEqualTo(1);
        assertThat(TicketEscalation.levelDue(2)).isEqualTo(1);
        assertThat(TicketEscalation.levelDue(3)).isEqualTo(2);
        assertThat(TicketEscalation.levelDue(4)).isEqualTo(2);
        assertThat(TicketEscalation.levelDue(5)).isEqualTo(3);
        assertThat(TicketEscalation.levelDue(40)).isEqualTo(3);
        assertThat(TicketEscalation.values()).extracting(TicketEscalation::level).containsExactly(1, 2, 3);
        assertThat(TicketEscalation.ofLevel(2)).isEqualTo(TicketEscalation.RESPONSIBLE_LEADER);
        assertThat(TicketEscalation.values()).filteredOn(TicketEscalation::supervises)
                .containsExactly(TicketEscalation.CITY);
    }

    @Test
    void an_overdue_ticket_escalates_to_the_department_head_then_the_leader_then_the_city_counting_working_days_only() {
        TicketStory story = overdueStory();

        story.timePassed(DUE);
        assertThat(story.events()).isEmpty();

        story.timePassed(ONE_OVERDUE);
        TicketEscalated first = story.onlyEvent(TicketEscalated.class);
        assertThat(first).isEqualTo(new TicketEscalated(story.ticket().ticketId(), PROJECT, PROJECT_NAME,
                TicketCategory.OTHER, DEPARTMENT, 1, TicketEscalation.DEPARTMENT_HEAD, DEPARTMENT, DUE, 1,
                ONE_OVERDUE));
        assertThat(story.ticket().escalationLevel()).isEqualTo(1);

        // Nine calendar days overdue on the last day of National Day, but one working day: nothing more.
        story.timePassed(LocalDate.of(2025, 10, 8));
        assertThat(story.events()).isEmpty();
        story.timePassed(TWO_OVERDUE);
        assertThat(story.events()).isEmpty();

        story.timePassed(THREE_OVERDUE);
        TicketEscalated second = story.onlyEvent(TicketEscalated.class);
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.escalatedTo()).isEqualTo(TicketEscalation.RESPONSIBLE_LEADER);
        assertThat(second.notified()).isEqualTo(LEADER);
        assertThat(second.workingDaysOverdue()).isEqualTo(3);

        story.timePassed(FOUR_OVERDUE);
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 12));
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().supervised()).isFalse();

        story.timePassed(FIVE_OVERDUE);
        assertThat(story.events()).hasSize(2);
        assertThat(story.events().get(0)).isInstanceOfSatisfying(TicketEscalated.class, third -> {
            assertThat(third.level()).isEqualTo(3);
            assertThat(third.escalatedTo()).isEqualTo(TicketEscalation.CITY);
            assertThat(third.notified()).isEqualTo(Ticket.CITY);
            assertThat(third.workingDaysOverdue()).isEqualTo(5);
        });
        assertThat(story.events().get(1)).isEqualTo(new TicketSupervised(story.ticket().ticketId(), PROJECT,
                PROJECT_NAME, TicketCategory.OTHER, DEPARTMENT, "OVERDUE", FIVE_OVERDUE));

        Ticket ticket = story.ticket();
        assertThat(ticket.escalationLevel()).isEqualTo(3);
        assertThat(ticket.supervised()).isTrue();
        assertThat(ticket.supervisedOn()).isEqualTo(FIVE_OVERDUE);
        assertThat(ticket.escalations()).containsExactly(
                new ReachedEscalation(1, TicketEscalation.DEPARTMENT_HEAD, DEPARTMENT, ONE_OVERDUE, 1),
                new ReachedEscalation(2, TicketEscalation.RESPONSIBLE_LEADER, LEADER, THREE_OVERDUE, 3),
                new ReachedEscalation(3, TicketEscalation.CITY, Ticket.CITY, FIVE_OVERDUE, 5));
        assertThat(ticket.activities()).extracting(TicketActivity::action)
                .containsSubsequence("ESCALATED", "ESCALATED", "ESCALATED", "SUPERVISED");
    }

    @Test
    void a_ticket_no_department_has_yet_tells_the_key_project_centre_at_the_first_level() {
        TicketStory story = reported(TicketCategory.OTHER, Severity.URGENT, THU).timePassed(ONE_OVERDUE);

        TicketEscalated escalated = story.onlyEvent(TicketEscalated.class);
        assertThat(escalated.notified()).isEqualTo(Ticket.KEY_PROJECT_CENTRE);
        assertThat(escalated.department()).isNull();
        assertThat(story.ticket().escalations()).extracting(ReachedEscalation::notified)
                .containsExactly(Ticket.KEY_PROJECT_CENTRE);
    }

    @Test
    void a_ticket_handed_on_escalates_further_in_the_name_of_its_new_department() {
        TicketStory story = reported(TicketCategory.OTHER, Severity.URGENT, THU).timePassed(ONE_OVERDUE)
                .assigned(OTHER_DEPARTMENT, "officer-zjj-2", TWO_OVERDUE).timePassed(THREE_OVERDUE);

        TicketEscalated second = story.onlyEvent(TicketEscalated.class);
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.department()).isEqualTo(OTHER_DEPARTMENT);
    }

    @Test
    void when_time_jumps_every_level_due_is_reached_at_once_in_order_and_the_ticket_is_supervised() {
        TicketStory story = overdueStory().timePassed(FIVE_OVERDUE);

        assertThat(story.events()).hasSize(4);
        assertThat(story.events().subList(0, 3)).allSatisfy(event -> assertThat(event)
                .isInstanceOf(TicketEscalated.class)).extracting(e -> ((TicketEscalated) e).level())
                .containsExactly(1, 2, 3);
        assertThat(story.events().subList(0, 3)).extracting(e -> ((TicketEscalated) e).notified())
                .containsExactly(DEPARTMENT, LEADER, Ticket.CITY);
        assertThat(story.events().get(3)).isInstanceOf(TicketSupervised.class);
        assertThat(story.ticket().escalations()).extracting(ReachedEscalation::level, ReachedEscalation::reachedOn)
                .containsExactly(tuple(1, FIVE_OVERDUE),
                        tuple(2, FIVE_OVERDUE),
                        tuple(3, FIVE_OVERDUE));
    }

    @Test
    void each_level_fires_once_so_running_the_clock_again_publishes_nothing_new() {
        TicketStory story = overdueStory().timePassed(THREE_OVERDUE);
        Ticket atLevelTwo = story.ticket();

        story.timePassed(THREE_OVERDUE);
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket()).isEqualTo(atLevelTwo);

        story.timePassed(FIVE_OVERDUE);
        assertThat(story.events()).hasSize(2);
        Ticket supervised = story.ticket();
        story.timePassed(FIVE_OVERDUE).timePassed(LocalDate.of(2025, 10, 20));
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket()).isEqualTo(supervised);
        assertThat(story.ticket().escalations()).hasSize(3);
    }

    @Test
    void the_clock_standing_for_the_reporter_holds_the_escalation_and_the_moved_due_date_starts_it_later() {
        TicketStory story = overdueStory().asked("Which gate?", DUE);

        story.timePassed(FIVE_OVERDUE).timePassed(LocalDate.of(2025, 10, 20));
        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().escalationLevel()).isZero();

        // Stood 10 working days (09-30 .. 10-20): due 09-29 moves to 10-20.
        story.provided(LocalDate.of(2025, 10, 20));
        assertThat(story.ticket().clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 20));
        story.timePassed(LocalDate.of(2025, 10, 20));
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 21));
        assertThat(story.onlyEvent(TicketEscalated.class).level()).isEqualTo(1);
    }

    @Test
    void a_ticket_already_escalated_goes_no_further_while_the_reporter_owes_information() {
        TicketStory story = overdueStory().timePassed(ONE_OVERDUE).asked("Which gate?", ONE_OVERDUE);

        story.timePassed(FIVE_OVERDUE);

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().escalationLevel()).isEqualTo(1);
    }

    @Test
    void an_answered_ticket_escalates_no_further() {
        TicketStory story = overdueStory().timePassed(ONE_OVERDUE).answered(TWO_OVERDUE);

        story.timePassed(FIVE_OVERDUE).timePassed(LocalDate.of(2025, 10, 31));

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().escalationLevel()).isEqualTo(1);
        assertThat(story.ticket().workingDaysOverdueOn(FIVE_OVERDUE, CALENDAR)).isZero();
    }

    @Test
    void a_closed_ticket_escalates_no_further() {
        TicketStory story = overdueStory().answered(ONE_OVERDUE).confirmed(3, ONE_OVERDUE);

        story.timePassed(FIVE_OVERDUE);

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().escalationLevel()).isZero();
    }

    @Test
    void a_reopened_ticket_keeps_its_level_and_goes_on_from_there_against_its_new_due_date() {
        // Level 1 on 09-30; reopened Thu 10-09 with 3 working days: due Mon 10-13.
        TicketStory story = overdueStory().timePassed(ONE_OVERDUE).answered(ONE_OVERDUE)
                .reopened("still blocked", TWO_OVERDUE);
        assertThat(story.ticket().escalationLevel()).isEqualTo(1);
        assertThat(story.ticket().escalations()).hasSize(1);
        assertThat(story.ticket().clock().dueDate()).isEqualTo(LocalDate.of(2025, 10, 13));

        story.timePassed(LocalDate.of(2025, 10, 13));
        assertThat(story.events()).isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 14));
        assertThat(story.events()).as("level 1 was reached before the reopening").isEmpty();
        story.timePassed(LocalDate.of(2025, 10, 15));
        assertThat(story.events()).isEmpty();

        story.timePassed(LocalDate.of(2025, 10, 16));
        TicketEscalated second = story.onlyEvent(TicketEscalated.class);
        assertThat(second.level()).isEqualTo(2);
        assertThat(second.dueDate()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(second.workingDaysOverdue()).isEqualTo(3);
        assertThat(story.ticket().escalations()).extracting(ReachedEscalation::level).containsExactly(1, 2);
    }

    @Test
    void a_supervised_ticket_reopened_stays_on_the_list_and_is_not_listed_twice() {
        TicketStory story = overdueStory().timePassed(FIVE_OVERDUE).answered(FIVE_OVERDUE)
                .reopened("still blocked", LocalDate.of(2025, 10, 14));
        assertThat(story.ticket().supervisedOn()).isEqualTo(FIVE_OVERDUE);

        story.timePassed(LocalDate.of(2025, 11, 28));

        assertThat(story.events()).isEmpty();
        assertThat(story.ticket().supervisedOn()).isEqualTo(FIVE_OVERDUE);
        assertThat(story.ticket().escalationLevel()).isEqualTo(3);
    }

    @Test
    void a_late_policy_question_escalates_like_any_other_ticket() {
        // Asked Fri 09-26, due Mon 09-29 (the make-up Sunday counts).
        TicketStory story = inProgress(TicketCategory.POLICY_QUESTION, Severity.GENERAL, LocalDate.of(2025, 9, 26))
                .timePassed(ONE_OVERDUE);

        assertThat(story.onlyEvent(TicketEscalated.class).category()).isEqualTo(TicketCategory.POLICY_QUESTION);
        assertThat(story.ticket().assignment().handler()).isEqualTo(HANDLER);
    }

    @Test
    void while_the_project_has_no_responsible_leader_the_second_level_tells_the_key_project_centre() {
        Ticket overdue = overdueStory().ticket();

        Ticket.Result result = overdue.passTime(THREE_OVERDUE, TicketStory.at(THREE_OVERDUE), CALENDAR,
                new ConfirmationWindow(5), null);

        assertThat(result.events()).extracting(event -> ((TicketEscalated) event).notified())
                .containsExactly(DEPARTMENT, Ticket.KEY_PROJECT_CENTRE);
        assertThat(result.ticket().escalations()).extracting(ReachedEscalation::notified)
                .containsExactly(DEPARTMENT, Ticket.KEY_PROJECT_CENTRE);
    }
}

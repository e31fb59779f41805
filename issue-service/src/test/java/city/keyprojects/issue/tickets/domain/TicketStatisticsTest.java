package city.keyprojects.issue.tickets.domain;

import static city.keyprojects.issue.tickets.domain.TicketStory.CALENDAR;
import static city.keyprojects.issue.tickets.domain.TicketStory.inProgress;
import static city.keyprojects.issue.tickets.domain.TicketStory.reported;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TicketStatisticsTest {

    /** Monday 2025-10-13, a week after National Day. */
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 13);

    /**
     * Five problems and three policy questions around National Day 2025 (10-01..10-08 off; Sun 09-28 and Sat 10-11
     * worked).
     */
    private static List<Ticket> tickets() {
        LocalDate thu = LocalDate.of(2025, 9, 25);
        LocalDate mon = LocalDate.of(2025, 9, 22);
        return List.of(
                // A: never assigned, due 09-29, 5 working days overdue today and so supervised.
                reported(TicketCategory.OTHER, Severity.URGENT, thu).timePassed(TODAY).ticket(),
                // B: answered on its due date in 3 working days, confirmed with 5.
                inProgress(TicketCategory.ROAD_ACCESS, Severity.URGENT, thu).answered(LocalDate.of(2025, 9, 29))
                        .confirmed(5, LocalDate.of(2025, 9, 30)).ticket(),
                // C: due Sun 09-28, answered 10-09 after 8 working days (late), confirmed with 2.
                inProgress(TicketCategory.UTILITIES, Severity.SERIOUS, mon).answered(LocalDate.of(2025, 10, 9))
                        .confirmed(2, LocalDate.of(2025, 10, 10)).ticket(),
                // D: answered on time in 3 working days, never confirmed: closed after a 3-working-day window.
                inProgress(TicketCategory.LABOUR, Severity.URGENT, thu).answered(LocalDate.of(2025, 9, 29))
                        .timePassed(LocalDate.of(2025, 10, 11), new ConfirmationWindow(3)).ticket(),
                // E: answered, reopened with 20 fresh working days: open, not overdue, no answer standing.
                inProgress(TicketCategory.LAND, Severity.GENERAL, mon).answered(LocalDate.of(2025, 9, 26))
                        .reopened("the plot is still not cleared", LocalDate.of(2025, 9, 30)).ticket(),
                // F: policy question answered the next working day, confirmed with 4.
                inProgress(TicketCategory.POLICY_QUESTION, Severity.GENERAL, LocalDate.of(2025, 10, 9))
                        .answered(LocalDate.of(2025, 10, 10)).confirmed(4, LocalDate.of(2025, 10, 11)).ticket(),
                // G: policy question asked 09-26, due 09-29, unanswered: overdue.
                inProgress(TicketCategory.POLICY_QUESTION, Severity.GENERAL, LocalDate.of(2025, 9, 26)).ticket(),
                // H: policy question due 10-11 waiting for the reporter since 10-10: open but not overdue.
                inProgress(TicketCategory.POLICY_QUESTION, Severity.URGENT, LocalDate.of(2025, 10, 9))
                        .asked("Which year's turnover?", LocalDate.of(2025, 10, 10)).ticket());
    }

    @Test
    void the_problems_figures_of_the_worked_example() {
        TicketStatistics.Figures problems = TicketStatistics.of(tickets(), TODAY, CALENDAR).problems();

        assertCounts(problems, 5, 2, 3, 2, 1, 1, 1, 1);
        // B and D on time, C late; (3 + 8 + 3) / 3 working days; (5 + 2) / 2.
        assertThat(problems.onTimeRate()).isEqualByComparingTo("0.6667");
        assertThat(problems.meanWorkingDaysToAnswer()).isEqualByComparingTo("4.67");
        assertThat(problems.meanSatisfaction()).isEqualByComparingTo("3.50");
    }

    @Test
    void policy_questions_are_counted_apart_against_their_own_two_day_limit() {
        TicketStatistics.Figures questions = TicketStatistics.of(tickets(), TODAY, CALENDAR).policyQuestions();

        assertCounts(questions, 3, 2, 1, 1, 0, 0, 1, 0);
        assertThat(questions.onTimeRate()).isEqualByComparingTo("1");
        assertThat(questions.meanWorkingDaysToAnswer()).isEqualByComparingTo("1");
        assertThat(questions.meanSatisfaction()).isEqualByComparingTo("4");
    }

    @Test
    void all_tickets_together_add_both_up() {
        TicketStatistics.Figures all = TicketStatistics.of(tickets(), TODAY, CALENDAR).all();

        assertCounts(all, 8, 4, 4, 3, 1, 1, 2, 1);
        assertThat(all.onTimeRate()).isEqualByComparingTo("0.75");
        // (14 + 1) / 4 working days; (5 + 2 + 4) / 3.
        assertThat(all.meanWorkingDaysToAnswer()).isEqualByComparingTo("3.75");
        assertThat(all.meanSatisfaction()).isEqualByComparingTo("3.67");
    }

    @Test
    void a_supervised_ticket_leaves_the_supervised_count_when_it_is_closed() {
        LocalDate thu = LocalDate.of(2025, 9, 25);
        TicketStory story = inProgress(TicketCategory.OTHER, Severity.URGENT, thu).timePassed(TODAY);
        assertThat(story.ticket().supervised()).isTrue();
        assertThat(TicketStatistics.of(List.of(story.ticket()), TODAY, CALENDAR).all().supervised()).isEqualTo(1);

        story.answered(TODAY).confirmed(1, TODAY);

        TicketStatistics.Figures figures = TicketStatistics.of(List.of(story.ticket()), TODAY, CALENDAR).all();
        assertThat(figures.supervised()).isZero();
        assertThat(figures.solved()).isEqualTo(1);
        assertThat(figures.onTimeRate()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void without_tickets_every_count_is_zero_and_every_rate_unknown() {
        TicketStatistics statistics = TicketStatistics.of(List.of(), TODAY, CALENDAR);

        for (TicketStatistics.Figures figures : List.of(statistics.all(), statistics.problems(),
                statistics.policyQuestions())) {
            assertCounts(figures, 0, 0, 0, 0, 0, 0, 0, 0);
            assertThat(figures.onTimeRate()).isNull();
            assertThat(figures.meanWorkingDaysToAnswer()).isNull();
            assertThat(figures.meanSatisfaction()).isNull();
        }
    }

    private static void assertCounts(TicketStatistics.Figures figures, int opened, int open, int answered,
            int solved, int closedUnconfirmed, int reopened, int overdue, int supervised) {
        assertThat(figures).extracting(TicketStatistics.Figures::opened, TicketStatistics.Figures::open,
                TicketStatistics.Figures::answered, TicketStatistics.Figures::solved,
                TicketStatistics.Figures::closedUnconfirmed, TicketStatistics.Figures::reopened,
                TicketStatistics.Figures::overdue, TicketStatistics.Figures::supervised)
                .containsExactly(opened, open, answered, solved, closedUnconfirmed, reopened, overdue, supervised);
    }
}

package city.keyprojects.reporting.rankings.domain;

import static city.keyprojects.reporting.rankings.domain.Facts.AS_OF;
import static city.keyprojects.reporting.rankings.domain.Facts.CALENDAR;
import static city.keyprojects.reporting.rankings.domain.Facts.closedUnconfirmed;
import static city.keyprojects.reporting.rankings.domain.Facts.open;
import static city.keyprojects.reporting.rankings.domain.Facts.solved;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemsSolvedTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2026, 9, 1);

    @Test
    void the_share_solved_on_confirmation_less_ten_points_for_each_overdue_ticket() {
        Assessment assessment = ProblemsSolved.assess(List.of(solved("jtj"), solved("jtj"), solved("jtj"),
                open("jtj", LONG_AGO)), AS_OF, CALENDAR);
        assertThat(assessment.value()).as("3 of 4 = 75, one overdue").isEqualByComparingTo("65.00");
        assertThat(assessment.figures()).containsEntry("tickets", BigDecimal.valueOf(4))
                .containsEntry("solved", BigDecimal.valueOf(3)).containsEntry("overdue", BigDecimal.ONE)
                .containsEntry("penalty", BigDecimal.TEN);
    }

    @Test
    void the_penalty_never_takes_the_value_below_zero() {
        Assessment assessment = ProblemsSolved.assess(List.of(solved("jtj"), open("jtj", LONG_AGO),
                open("jtj", LONG_AGO), open("jtj", LONG_AGO), open("jtj", LONG_AGO)), AS_OF, CALENDAR);
        assertThat(assessment.value()).as("20 − 40").isEqualByComparingTo("0.00");
    }

    @Test
    void a_ticket_closed_by_the_clock_without_confirmation_is_not_solved() {
        Assessment assessment = ProblemsSolved.assess(List.of(solved("jtj"), closedUnconfirmed("jtj")), AS_OF,
                CALENDAR);
        assertThat(assessment.value()).isEqualByComparingTo("50.00");
    }

    @Test
    void a_ticket_is_overdue_only_after_a_working_day_past_its_due_date_and_only_while_unanswered() {
        LocalDate friday = LocalDate.of(2026, 11, 20);
        Assessment assessment = ProblemsSolved.assess(List.of(open("jtj", friday),
                open("jtj", LONG_AGO).answeredOnTime(false)), AS_OF, CALENDAR);
        assertThat(assessment.value()).as("neither solved, neither overdue on Sunday").isEqualByComparingTo("0.00");
        assertThat(assessment.figures()).containsEntry("overdue", BigDecimal.ZERO);
        assertThat(ProblemsSolved.assess(List.of(open("jtj", friday)), LocalDate.of(2026, 11, 23), CALENDAR)
                .figures()).as("Monday").containsEntry("overdue", BigDecimal.ONE);
    }

    @Test
    void without_tickets_problems_are_not_assessed() {
        Assessment assessment = ProblemsSolved.assess(List.of(), AS_OF, CALENDAR);
        assertThat(assessment.applicable()).isFalse();
        assertThat(assessment.reason()).isEqualTo(ProblemsSolved.NO_TICKETS);
    }
}

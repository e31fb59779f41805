package city.keyprojects.reporting.rankings.domain;

import static city.keyprojects.reporting.rankings.domain.Facts.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ApprovalFacts;

class ApprovalsOnTimeTest {

    private static ApprovalFacts decided(LocalDate on, boolean onTime) {
        return new ApprovalFacts("zjj", on, 5, onTime ? 5 : 6, onTime);
    }

    @Test
    void the_share_of_the_years_final_decisions_taken_within_their_limit() {
        Assessment assessment = ApprovalsOnTime.assess(List.of(decided(LocalDate.of(2026, 2, 3), true),
                decided(LocalDate.of(2026, 6, 3), true), decided(LocalDate.of(2026, 9, 3), false)), 2026, AS_OF);
        assertThat(assessment.value()).isEqualByComparingTo("66.67");
        assertThat(assessment.figures()).containsEntry("decisions", BigDecimal.valueOf(3))
                .containsEntry("onTime", BigDecimal.valueOf(2));
    }

    @Test
    void decisions_of_another_year_or_after_the_day_do_not_count() {
        Assessment assessment = ApprovalsOnTime.assess(List.of(decided(LocalDate.of(2025, 12, 31), false),
                decided(LocalDate.of(2026, 11, 23), false), decided(AS_OF, true)), 2026, AS_OF);
        assertThat(assessment.value()).isEqualByComparingTo("100.00");
        assertThat(assessment.figures()).containsEntry("decisions", BigDecimal.ONE);
    }

    @Test
    void without_a_final_decision_approvals_are_not_assessed() {
        Assessment assessment = ApprovalsOnTime.assess(List.of(decided(LocalDate.of(2025, 3, 1), true)), 2026,
                AS_OF);
        assertThat(assessment.applicable()).isFalse();
        assertThat(assessment.reason()).isEqualTo(ApprovalsOnTime.NO_DECISIONS);
    }
}

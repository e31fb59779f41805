package city.keyprojects.reporting.rankings.domain;

import static city.keyprojects.reporting.rankings.domain.Facts.AS_OF;
import static city.keyprojects.reporting.rankings.domain.Facts.completed;
import static city.keyprojects.reporting.rankings.domain.Facts.planned;
import static city.keyprojects.reporting.rankings.domain.Facts.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

class InvestmentAgainstPlanTest {

    private static final ProjectFacts PLANNED = planned(project("p", "P", "371402", "wang"), 2026, "3000000");

    @Test
    void completed_is_set_against_the_plan_through_the_month_before_the_current_one() {
        ProjectFacts reported = completed(PLANNED, 2026, 11, "1000000");
        Assessment assessment = InvestmentAgainstPlan.assess(reported, 2026, AS_OF);
        assertThat(assessment.value()).as("10 of 30 million: November is reported in December")
                .isEqualByComparingTo("33.33");
        assertThat(assessment.figures()).containsEntry("monthsDue", BigDecimal.TEN);
    }

    @Test
    void more_than_planned_is_capped_at_100() {
        Assessment assessment = InvestmentAgainstPlan.assess(completed(PLANNED, 2026, 10, "9000000"), 2026, AS_OF);
        assertThat(assessment.value()).isEqualByComparingTo("100.00");
        assertThat(assessment.figures()).as("the figures keep what was done")
                .containsEntry("completedToDate", new BigDecimal("90000000"));
    }

    @Test
    void a_project_without_a_plan_for_the_year_is_not_assessed_on_investment() {
        ProjectFacts unplanned = completed(project("p", "P", "371402", "wang"), 2026, 10, "1000000");
        Assessment assessment = InvestmentAgainstPlan.assess(unplanned, 2026, AS_OF);
        assertThat(assessment.applicable()).isFalse();
        assertThat(assessment.reason()).isEqualTo(InvestmentAgainstPlan.NO_PLAN_TO_DATE);
    }

    @Test
    void in_january_nothing_is_due_yet_so_nothing_is_assessed() {
        Assessment assessment = InvestmentAgainstPlan.assess(PLANNED, 2026, LocalDate.of(2026, 1, 31));
        assertThat(assessment.applicable()).isFalse();
        assertThat(assessment.figures()).containsEntry("monthsDue", BigDecimal.ZERO);
    }

    @Test
    void a_past_year_counts_all_twelve_months_and_a_future_one_none() {
        ProjectFacts reported = completed(PLANNED, 2026, 12, "1500000");
        assertThat(InvestmentAgainstPlan.assess(reported, 2026, LocalDate.of(2027, 3, 1)).value())
                .isEqualByComparingTo("50.00");
        assertThat(InvestmentAgainstPlan.monthsDue(2027, AS_OF)).isZero();
        assertThat(InvestmentAgainstPlan.monthsDue(2025, AS_OF)).isEqualTo(12);
    }
}

package city.keyprojects.project.investment.domain;

import static city.keyprojects.project.investment.domain.InvestmentPlanTest.twelve;
import static city.keyprojects.project.investment.domain.InvestmentPlanTest.values;
import static city.keyprojects.project.investment.domain.InvestmentPlanTest.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

class YearSummaryTest {

    private static final ReportingDeadline DEADLINE = new ReportingDeadline(WorkingDayCalendar.official());

    @Test
    void completed_investment_is_shown_as_a_share_of_the_annual_plan_with_one_decimal() {
        // The figures of the seed report: 4.4亿 completed of the year's plan is 55.6%.
        assertThat(YearSummary.shareOfPlan(yuan("440000000.00"), yuan("792000000.00"))).isEqualByComparingTo("55.6");
        assertThat(YearSummary.shareOfPlan(yuan("1.00"), yuan("3.00"))).isEqualByComparingTo("33.3");
        assertThat(YearSummary.shareOfPlan(yuan("2.00"), yuan("3.00"))).isEqualByComparingTo("66.7");
        assertThat(YearSummary.shareOfPlan(yuan("1.00"), yuan("0.00"))).isNull();
        assertThat(YearSummary.shareOfPlan(yuan("1.00"), null)).isNull();
    }

    @Test
    void a_year_shows_the_plan_each_months_report_and_status_and_the_totals() {
        InvestmentPlan plan = InvestmentPlan.start("p-1")
                .setAnnualPlan(2026, yuan("792000000.00"), twelve("66000000.00"), 0, Instant.EPOCH).plan();
        plan = report(plan, "2025-12", "100000000.00", "10", LocalDate.of(2026, 1, 5));
        plan = report(plan, "2026-01", "200000000.00", "20", LocalDate.of(2026, 2, 6));
        plan = report(plan, "2026-02", "240000000.00", "30", LocalDate.of(2026, 4, 1));

        // Seen on 9 April 2026: March was due on 8 April (5th working day after the Qingming holiday, 4–6 April).
        YearSummary summary = plan.summary(2026, LocalDate.of(2026, 4, 9), DEADLINE);

        assertThat(summary.plan().annualAmount()).isEqualByComparingTo("792000000");
        assertThat(summary.completedThisYear()).isEqualByComparingTo("440000000");
        assertThat(summary.shareOfPlanPercent()).isEqualByComparingTo("55.6");
        assertThat(summary.cumulativeCompleted()).isEqualByComparingTo("540000000");
        assertThat(summary.latestPhysicalProgress()).isEqualByComparingTo("30");
        assertThat(summary.latestProgressMonth()).isEqualTo("2026-02");
        List<YearSummary.MonthLine> months = summary.months();
        assertThat(months).hasSize(12);
        assertThat(months).extracting(YearSummary.MonthLine::status).containsExactly(MonthStatus.ON_TIME,
                MonthStatus.LATE, MonthStatus.MISSING, MonthStatus.NOT_YET_DUE, MonthStatus.NOT_BEGUN,
                MonthStatus.NOT_BEGUN, MonthStatus.NOT_BEGUN, MonthStatus.NOT_BEGUN, MonthStatus.NOT_BEGUN,
                MonthStatus.NOT_BEGUN, MonthStatus.NOT_BEGUN, MonthStatus.NOT_BEGUN);
        assertThat(months.get(2).dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
        assertThat(months.get(0).planned()).isEqualByComparingTo("66000000");
        assertThat(months.get(11).dueDate()).isNull();
    }

    @Test
    void an_earlier_year_shows_cumulative_investment_and_progress_as_at_its_end_and_has_no_plan_if_none_was_set() {
        InvestmentPlan plan = report(InvestmentPlan.start("p-1"), "2025-11", "100000000.00", "10",
                LocalDate.of(2025, 12, 1));
        plan = report(plan, "2026-01", "200000000.00", "20", LocalDate.of(2026, 2, 2));

        YearSummary summary = plan.summary(2025, LocalDate.of(2026, 2, 2), DEADLINE);

        assertThat(summary.plan()).isNull();
        assertThat(summary.shareOfPlanPercent()).isNull();
        assertThat(summary.completedThisYear()).isEqualByComparingTo("100000000");
        assertThat(summary.cumulativeCompleted()).isEqualByComparingTo("100000000");
        assertThat(summary.latestPhysicalProgress()).isEqualByComparingTo("10");
        assertThat(summary.months().get(0).planned()).isNull();
        assertThat(summary.months().get(9).status()).isEqualTo(MonthStatus.MISSING);
        assertThat(summary.months().get(10).status()).isEqualTo(MonthStatus.ON_TIME);
        assertThat(summary.months().get(11).status()).isEqualTo(MonthStatus.MISSING);
    }

    private static InvestmentPlan report(InvestmentPlan plan, String month, String completed, String progress,
            LocalDate on) {
        return plan.report(YearMonth.parse(month), values(completed, progress, null), 0,
                new InvestmentPlan.Submission("officer", Instant.EPOCH, on, new BigDecimal("5000000000.00"), DEADLINE))
                .plan();
    }
}

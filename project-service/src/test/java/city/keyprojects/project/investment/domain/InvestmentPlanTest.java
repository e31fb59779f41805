package city.keyprojects.project.investment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.problem.RuleViolationException;

class InvestmentPlanTest {

    private static final ReportingDeadline DEADLINE = new ReportingDeadline(WorkingDayCalendar.official());
    private static final BigDecimal TOTAL = new BigDecimal("5000000000.00");
    private static final Instant NOW = Instant.parse("2026-06-03T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 3);

    private final InvestmentPlan empty = InvestmentPlan.start("p-1");

    // --- annual plans ---

    @Test
    void setting_a_years_plan_publishes_it_with_its_monthly_breakdown() {
        InvestmentPlan.Result result = empty.setAnnualPlan(2026, yuan("792000000.00"), twelve("66000000.00"), 0,
                NOW);

        AnnualPlan plan = result.plan().planFor(2026).orElseThrow();
        assertThat(plan.revision()).isEqualTo(1);
        assertThat(plan.annualAmount()).isEqualByComparingTo("792000000");
        assertThat(result.events()).singleElement().isInstanceOfSatisfying(AnnualPlanSet.class, set -> {
            assertThat(set.type()).isEqualTo("project.annual-plan-set");
            assertThat(set.subject()).isEqualTo("p-1");
            assertThat(set.year()).isEqualTo(2026);
            assertThat(set.monthlyAmounts()).hasSize(12);
            assertThat(set.revision()).isEqualTo(1);
            assertThat(set.setAt()).isEqualTo(NOW);
        });
    }

    @Test
    void the_monthly_amounts_must_add_up_exactly_to_the_annual_amount() {
        List<BigDecimal> months = twelve("66000000.00");
        months.set(11, yuan("66000000.01"));

        assertThatThrownBy(() -> empty.setAnnualPlan(2026, yuan("792000000.00"), months, 0, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.rule())
                        .isEqualTo(MonthlyBreakdownMatchesAnnualAmount.RULE));
    }

    @Test
    void amounts_that_differ_only_in_scale_add_up() {
        MonthlyBreakdownMatchesAnnualAmount.check(yuan("12"), twelve("1.00"));
    }

    @Test
    void replacing_a_plan_must_quote_the_revision_read() {
        InvestmentPlan planned = empty.setAnnualPlan(2026, yuan("120.00"), twelve("10.00"), 0, NOW).plan();

        assertThatThrownBy(() -> planned.setAnnualPlan(2026, yuan("240.00"), twelve("20.00"), 0, NOW))
                .isInstanceOf(StaleVersionException.class);
        InvestmentPlan.Result replaced = planned.setAnnualPlan(2026, yuan("240.00"), twelve("20.00"), 1, NOW);
        assertThat(replaced.plan().planFor(2026).orElseThrow().revision()).isEqualTo(2);
        assertThat(replaced.plan().annualPlans()).hasSize(1);
        // Another year is a plan of its own.
        assertThat(replaced.plan().setAnnualPlan(2025, yuan("0"), twelve("0"), 0, NOW).plan().annualPlans())
                .extracting(AnnualPlan::year).containsExactly(2025, 2026);
    }

    @Test
    void the_same_plan_again_is_no_change() {
        InvestmentPlan planned = empty.setAnnualPlan(2026, yuan("120.00"), twelve("10.00"), 0, NOW).plan();

        InvestmentPlan.Result again = planned.setAnnualPlan(2026, yuan("120"), twelve("10"), 1, NOW);
        assertThat(again.events()).isEmpty();
        assertThat(again.plan()).isSameAs(planned);
    }

    // --- monthly reports ---

    @Test
    void a_first_report_is_revision_one_and_carries_the_figures_a_consumer_needs() {
        InvestmentPlan.Result result = report(empty, "2026-05", "200000000.00", "20", null, 0);

        MonthlyReport may = result.plan().reportFor(YearMonth.of(2026, 5)).orElseThrow();
        assertThat(may.revision()).isEqualTo(1);
        assertThat(may.late()).isFalse();
        assertThat(may.due()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(may.latest().submittedBy()).isEqualTo("officer");
        assertThat(result.events()).singleElement().isInstanceOfSatisfying(InvestmentReported.class, reported -> {
            assertThat(reported.type()).isEqualTo("project.investment-reported");
            assertThat(reported.month()).isEqualTo("2026-05");
            assertThat(reported.revision()).isEqualTo(1);
            assertThat(reported.completedInvestment()).isEqualByComparingTo("200000000");
            assertThat(reported.physicalProgress()).isEqualByComparingTo("20");
            assertThat(reported.narrative()).isEqualTo("主体施工");
            assertThat(reported.dueDate()).isEqualTo(LocalDate.of(2026, 6, 5));
            assertThat(reported.late()).isFalse();
            assertThat(reported.completedThisYear()).isEqualByComparingTo("200000000");
            assertThat(reported.cumulativeCompleted()).isEqualByComparingTo("200000000");
            assertThat(reported.reportedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_second_report_for_the_month_is_a_correction_that_keeps_the_earlier_revision() {
        InvestmentPlan first = report(empty, "2026-05", "200000000.00", "20", null, 0).plan();

        InvestmentPlan.Result corrected = report(first, "2026-05", "180000000.00", "18", null, 1);

        MonthlyReport may = corrected.plan().reportFor(YearMonth.of(2026, 5)).orElseThrow();
        assertThat(may.revisions()).extracting(ReportRevision::revision).containsExactly(1, 2);
        assertThat(may.revisions().get(0).completedInvestment()).isEqualByComparingTo("200000000");
        assertThat(may.latest().completedInvestment()).isEqualByComparingTo("180000000");
        assertThat(corrected.plan().reports()).hasSize(1);
        InvestmentReported event = (InvestmentReported) corrected.events().get(0);
        assertThat(event.revision()).isEqualTo(2);
        // The correction replaces the month's figure; it is not added to it.
        assertThat(event.completedThisYear()).isEqualByComparingTo("180000000");
    }

    @Test
    void a_report_quoting_an_outdated_revision_is_stale() {
        InvestmentPlan first = report(empty, "2026-05", "1.00", "20", null, 0).plan();

        // Someone else reported the month already: a second "first" report would overwrite it unseen.
        assertThatThrownBy(() -> report(first, "2026-05", "2.00", "20", null, 0))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> report(first, "2026-05", "2.00", "20", null, 2))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> report(empty, "2026-05", "2.00", "20", null, 1))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void the_same_values_again_are_no_change() {
        InvestmentPlan first = report(empty, "2026-05", "1.00", "20", null, 0).plan();

        InvestmentPlan.Result again = report(first, "2026-05", "1", "20.0", null, 1);
        assertThat(again.events()).isEmpty();
        assertThat(again.plan()).isSameAs(first);
    }

    @Test
    void a_month_that_has_not_begun_cannot_be_reported_and_the_current_one_can() {
        assertThatThrownBy(() -> report(empty, "2026-07", "1.00", "20", null, 0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(ReportMonthHasBegun.RULE));
        assertThat(report(empty, "2026-06", "1.00", "20", null, 0).plan().reportFor(YearMonth.of(2026, 6))
                .orElseThrow().late()).isFalse();
    }

    @Test
    void a_report_after_its_due_date_is_late_and_a_correction_does_not_change_that() {
        // April 2026 was due on 11 May; today is 3 June.
        InvestmentPlan late = report(empty, "2026-04", "1.00", "20", null, 0).plan();
        MonthlyReport april = late.reportFor(YearMonth.of(2026, 4)).orElseThrow();
        assertThat(april.late()).isTrue();
        assertThat(april.due()).isEqualTo(LocalDate.of(2026, 5, 11));

        InvestmentPlan onTime = report(empty, "2026-05", "1.00", "20", null, 0).plan();
        InvestmentPlan correctedLater = onTime.report(YearMonth.of(2026, 5), values("2.00", "20", null), 1,
                new InvestmentPlan.Submission("officer", NOW, LocalDate.of(2026, 7, 20), TOTAL, DEADLINE)).plan();
        assertThat(correctedLater.reportFor(YearMonth.of(2026, 5)).orElseThrow().late()).isFalse();
    }

    @Test
    void physical_progress_may_not_go_back_from_the_previous_report_without_an_explanation() {
        InvestmentPlan april = report(empty, "2026-04", "1.00", "40", null, 0).plan();

        assertThatThrownBy(() -> report(april, "2026-05", "1.00", "39.5", null, 0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(ProgressDoesNotGoBack.RULE));
        assertThat(report(april, "2026-05", "1.00", "40", null, 0).events()).hasSize(1);
        InvestmentPlan explained = report(april, "2026-05", "1.00", "35", "部分结构拆除重建", 0).plan();
        assertThat(explained.reportFor(YearMonth.of(2026, 5)).orElseThrow().latest().explanation())
                .isEqualTo("部分结构拆除重建");
        // Measured against the nearest earlier month only: after an explained dip, progress may go on from there.
        InvestmentPlan june = report(explained, "2026-06", "1.00", "37", null, 0).plan();
        assertThat(june.reports()).hasSize(3);
    }

    @Test
    void a_corrected_earlier_month_may_not_rise_above_the_next_reported_month() {
        InvestmentPlan both = report(report(empty, "2026-04", "1.00", "40", null, 0).plan(), "2026-05", "1.00", "45",
                null, 0).plan();

        assertThatThrownBy(() -> report(both, "2026-04", "1.00", "46", null, 1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(ProgressDoesNotGoBack.RULE));
        assertThat(report(both, "2026-04", "1.00", "45", null, 1).events()).hasSize(1);
    }

    @Test
    void cumulative_completed_investment_may_not_exceed_the_total_without_an_explanation() {
        InvestmentPlan most = report(empty, "2026-04", "4900000000.00", "40", null, 0).plan();

        assertThatThrownBy(() -> report(most, "2026-05", "100000000.01", "45", null, 0))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CumulativeWithinTotalInvestment.RULE));
        assertThat(report(most, "2026-05", "100000000.00", "45", null, 0).events()).hasSize(1);
        InvestmentReported over = (InvestmentReported) report(most, "2026-05", "300000000.00", "45",
                "总投资调整待批", 0).events().get(0);
        assertThat(over.cumulativeCompleted()).isEqualByComparingTo("5200000000");
        assertThat(over.explanation()).isEqualTo("总投资调整待批");
    }

    @Test
    void correcting_a_month_counts_its_new_figure_instead_of_the_old_one_against_the_total() {
        InvestmentPlan all = report(empty, "2026-04", "5000000000.00", "40", null, 0).plan();

        // 5e9 replaced by 4.9e9 is within the total, though 5e9 + 4.9e9 would not be.
        assertThat(report(all, "2026-04", "4900000000.00", "40", null, 1).events()).hasSize(1);
    }

    @Test
    void a_project_without_a_total_investment_has_no_limit() {
        InvestmentPlan.Result result = empty.report(YearMonth.of(2026, 5), values("9999999999999.99", "20", null), 0,
                new InvestmentPlan.Submission("officer", NOW, TODAY, null, DEADLINE));
        assertThat(result.events()).hasSize(1);
    }

    @Test
    void report_values_refuse_negative_amounts_and_progress_outside_0_to_100_and_treat_a_blank_explanation_as_none() {
        assertThatThrownBy(() -> values("-1", "20", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> values("1", "100.1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> values("1", "-0.1", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(values("1", "100", "  ").explanation()).isNull();
    }

    static InvestmentPlan.Result report(InvestmentPlan plan, String month, String completed, String progress,
            String explanation, int readRevision) {
        return plan.report(YearMonth.parse(month), values(completed, progress, explanation), readRevision,
                new InvestmentPlan.Submission("officer", NOW, TODAY, TOTAL, DEADLINE));
    }

    static ReportValues values(String completed, String progress, String explanation) {
        return new ReportValues(yuan(completed), new BigDecimal(progress), "主体施工", explanation);
    }

    static BigDecimal yuan(String amount) {
        return new BigDecimal(amount);
    }

    static List<BigDecimal> twelve(String amount) {
        return new ArrayList<>(Collections.nCopies(12, yuan(amount)));
    }
}

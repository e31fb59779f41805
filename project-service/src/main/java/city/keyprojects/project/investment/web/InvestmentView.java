package city.keyprojects.project.investment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.project.investment.application.FindingInvestment;
import city.keyprojects.project.investment.domain.MonthStatus;
import city.keyprojects.project.investment.domain.MonthlyReport;
import city.keyprojects.project.investment.domain.YearSummary;

/**
 * A project's investment in one year (see {@link YearSummary}): members without a value are left out, e.g.
 * {@code annualPlan} and {@code shareOfPlanPercent} before a plan is set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InvestmentView(String projectId, int year, BigDecimal totalInvestment, AnnualPlanView annualPlan,
        BigDecimal completedThisYear, BigDecimal shareOfPlanPercent, BigDecimal cumulativeCompleted,
        BigDecimal latestPhysicalProgress, String latestProgressMonth, List<MonthView> months) {

    /** One month: planned, reported (latest revision) and where its report stands. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MonthView(String month, BigDecimal planned, LocalDate dueDate, MonthStatus status,
            BigDecimal completedInvestment, BigDecimal physicalProgress, Integer revision, Instant firstSubmittedAt,
            Instant lastSubmittedAt) {

        static MonthView of(YearSummary.MonthLine line) {
            MonthlyReport report = line.report();
            return report == null
                    ? new MonthView(line.month().toString(), line.planned(), line.dueDate(), line.status(), null, null,
                            null, null, null)
                    : new MonthView(line.month().toString(), line.planned(), line.dueDate(), line.status(),
                            report.latest().completedInvestment(), report.latest().physicalProgress(),
                            report.revision(), report.revisions().get(0).submittedAt(),
                            report.latest().submittedAt());
        }
    }

    static InvestmentView of(String projectId, FindingInvestment.Overview overview) {
        YearSummary summary = overview.summary();
        return new InvestmentView(projectId, summary.year(), overview.totalInvestment(),
                AnnualPlanView.of(summary.plan()), summary.completedThisYear(), summary.shareOfPlanPercent(),
                summary.cumulativeCompleted(), summary.latestPhysicalProgress(), summary.latestProgressMonth(),
                summary.months().stream().map(MonthView::of).toList());
    }
}

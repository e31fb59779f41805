package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's investment in one year: the plan, each month's planned and reported figures and status, what was
 * completed in the year and its share of the plan, and — as at the end of that year, or today for the current
 * year — cumulative completed investment and the latest physical progress.
 *
 * @param plan                   null if no plan was set for the year
 * @param shareOfPlanPercent     completed this year ÷ annual plan, in percent with one decimal (half up); null
 *                               without a plan or with a plan of zero
 * @param latestPhysicalProgress of the latest reported month up to the end of the year; null if none
 */
public record YearSummary(int year, AnnualPlan plan, List<MonthLine> months, BigDecimal completedThisYear,
        BigDecimal shareOfPlanPercent, BigDecimal cumulativeCompleted, BigDecimal latestPhysicalProgress,
        String latestProgressMonth) {

    /**
     * One month of the year.
     *
     * @param planned  from the plan's monthly breakdown; null without a plan
     * @param report   null if the month was not reported
     * @param dueDate  null while the calendar does not cover the following month
     */
    public record MonthLine(YearMonth month, BigDecimal planned, MonthlyReport report, LocalDate dueDate,
            MonthStatus status) {
    }

    static YearSummary of(InvestmentPlan investment, int year, LocalDate today, ReportingDeadline deadline) {
        AnnualPlan plan = investment.planFor(year).orElse(null);
        List<MonthLine> months = new ArrayList<>(12);
        for (Month month : Month.values()) {
            YearMonth yearMonth = YearMonth.of(year, month);
            MonthlyReport report = investment.reportFor(yearMonth).orElse(null);
            LocalDate due = report != null ? report.due() : deadline.knownDueDate(yearMonth).orElse(null);
            months.add(new MonthLine(yearMonth, plan == null ? null : plan.plannedFor(month), report, due,
                    deadline.status(yearMonth, report, today)));
        }
        BigDecimal completed = investment.completedIn(year);
        YearMonth december = YearMonth.of(year, Month.DECEMBER);
        MonthlyReport latest = investment.reports().stream().filter(report -> !report.yearMonth().isAfter(december))
                .reduce((first, second) -> second).orElse(null);
        return new YearSummary(year, plan, List.copyOf(months), completed,
                shareOfPlan(completed, plan == null ? null : plan.annualAmount()),
                InvestmentPlan.completedUpTo(investment.reports(), december),
                latest == null ? null : latest.latest().physicalProgress(), latest == null ? null : latest.month());
    }

    /** E.g. 4.4亿 completed of a 7.92亿 plan is 55.6%. */
    public static BigDecimal shareOfPlan(BigDecimal completed, BigDecimal planned) {
        if (planned == null || planned.signum() == 0) {
            return null;
        }
        return completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
    }
}

package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import city.keyprojects.platform.outbox.StaleVersionException;

/**
 * A project's investment plans and monthly reports (月度投资调度), made on first use.
 * Annual plans are kept in year order, reports in month order, one report per month with all its revisions.
 */
public record InvestmentPlan(String projectId, List<AnnualPlan> annualPlans, List<MonthlyReport> reports) {

    public InvestmentPlan {
        Objects.requireNonNull(projectId, "projectId");
        annualPlans = List.copyOf(annualPlans);
        reports = List.copyOf(reports);
    }

    /**
     * The plan's own aggregate id: not the project's, because consumers apply each (aggregateid, sequence) once
     * and the plan's events are numbered apart from the project's. Its events' subject is still the project.
     */
    public static String idFor(String projectId) {
        return "investment-plan-" + projectId;
    }

    public String id() {
        return idFor(projectId);
    }

    /** The new state and the events that led to it. */
    public record Result(InvestmentPlan plan, List<InvestmentEvent> events) {
    }

    /** When, by whom and on which facts a report is made; the caller takes the facts from outside the plan. */
    public record Submission(String reporter, Instant at, LocalDate today, BigDecimal totalInvestment,
            ReportingDeadline deadline) {
    }

    /** The plan of a project that has none yet. */
    public static InvestmentPlan start(String projectId) {
        return new InvestmentPlan(projectId, List.of(), List.of());
    }

    public Optional<AnnualPlan> planFor(int year) {
        return annualPlans.stream().filter(plan -> plan.year() == year).findFirst();
    }

    public Optional<MonthlyReport> reportFor(YearMonth month) {
        String key = month.toString();
        return reports.stream().filter(report -> report.month().equals(key)).findFirst();
    }

    /**
     * Sets (or replaces as a whole) a year's planned investment and its monthly breakdown. Identical amounts are
     * no change and cause no event.
     *
     * @param readRevision the revision of that year's plan the caller read, 0 if it had none
     * @throws StaleVersionException if that year's plan is no longer at {@code readRevision}
     */
    public Result setAnnualPlan(int year, BigDecimal annualAmount, List<BigDecimal> monthlyAmounts, int readRevision,
            Instant now) {
        Optional<AnnualPlan> current = planFor(year);
        int currentRevision = current.map(AnnualPlan::revision).orElse(0);
        if (readRevision != currentRevision) {
            throw new StaleVersionException(readRevision);
        }
        MonthlyBreakdownMatchesAnnualAmount.check(annualAmount, monthlyAmounts);
        if (current.isPresent() && current.get().sameAmounts(annualAmount, monthlyAmounts)) {
            return new Result(this, List.of());
        }
        AnnualPlan plan = new AnnualPlan(year, annualAmount, monthlyAmounts, currentRevision + 1, now);
        List<AnnualPlan> plans = new ArrayList<>(annualPlans);
        plans.removeIf(existing -> existing.year() == year);
        plans.add(plan);
        plans.sort(Comparator.comparingInt(AnnualPlan::year));
        return new Result(new InvestmentPlan(projectId, plans, reports), List.of(new AnnualPlanSet(projectId, year,
                annualAmount, plan.monthlyAmounts(), plan.revision(), now)));
    }

    /**
     * Reports a month, or corrects its report by adding a revision (earlier revisions are kept). A correction with
     * the values of the current revision is no change and causes no event.
     *
     * @param readRevision the report's revision the caller read, 0 when submitting the month's first report
     * @throws StaleVersionException if the month's report is no longer at {@code readRevision}
     * @throws city.keyprojects.platform.problem.RuleViolationException naming the rule the report breaks
     */
    public Result report(YearMonth month, ReportValues values, int readRevision, Submission submission) {
        Optional<MonthlyReport> current = reportFor(month);
        int currentRevision = current.map(MonthlyReport::revision).orElse(0);
        if (readRevision != currentRevision) {
            throw new StaleVersionException(readRevision);
        }
        ReportMonthHasBegun.check(month, submission.today());
        if (current.isPresent() && current.get().latest().sameValues(values)) {
            return new Result(this, List.of());
        }
        String key = month.toString();
        List<MonthlyReport> others = reports.stream().filter(report -> !report.month().equals(key)).toList();
        ProgressDoesNotGoBack.check(key, values, others);
        BigDecimal cumulative = completedUpTo(others, null).add(values.completedInvestment());
        CumulativeWithinTotalInvestment.check(cumulative, submission.totalInvestment(), values);

        ReportRevision revision = new ReportRevision(currentRevision + 1, values.completedInvestment(),
                values.physicalProgress(), values.narrative(), values.explanation(), submission.reporter(),
                submission.at());
        MonthlyReport report = current
                .map(existing -> {
                    List<ReportRevision> revisions = new ArrayList<>(existing.revisions());
                    revisions.add(revision);
                    return new MonthlyReport(key, existing.dueDate(), existing.late(), revisions);
                })
                .orElseGet(() -> new MonthlyReport(key,
                        submission.deadline().knownDueDate(month).map(LocalDate::toString).orElse(null),
                        submission.deadline().isLate(month, submission.today()), List.of(revision)));
        List<MonthlyReport> all = new ArrayList<>(others);
        all.add(report);
        all.sort(Comparator.comparing(MonthlyReport::month));
        InvestmentPlan changed = new InvestmentPlan(projectId, annualPlans, all);
        return new Result(changed, List.of(new InvestmentReported(projectId, key, revision.revision(),
                revision.completedInvestment(), revision.physicalProgress(), revision.narrative(),
                revision.explanation(), report.due(), report.late(), changed.completedIn(month.getYear()),
                completedUpTo(all, null), submission.at())));
    }

    /** Investment completed in the months of {@code year} reported so far (latest revisions). */
    public BigDecimal completedIn(int year) {
        return reports.stream().filter(report -> report.yearMonth().getYear() == year)
                .map(report -> report.latest().completedInvestment()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Where the project stood in {@code year}, as seen on {@code today}. */
    public YearSummary summary(int year, LocalDate today, ReportingDeadline deadline) {
        return YearSummary.of(this, year, today, deadline);
    }

    /** Investment completed in all reported months up to {@code last} (all of them when null). */
    static BigDecimal completedUpTo(List<MonthlyReport> reports, YearMonth last) {
        return reports.stream().filter(report -> last == null || !report.yearMonth().isAfter(last))
                .map(report -> report.latest().completedInvestment()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

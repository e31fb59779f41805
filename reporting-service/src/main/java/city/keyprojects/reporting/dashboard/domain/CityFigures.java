package city.keyprojects.reporting.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * The city's key-project figures for a year (seeds 002–004): how many projects and how much investment, the annual
 * plan against what was completed (amount, share, by month), new starts, completions, projects in production and
 * over 1亿, each broken down by stage, sector, level and district, with the previous year beside where it exists.
 * Cancelled projects and projects not yet registered are not counted. Completed investment counts the months of the
 * year up to {@code asOf}'s month (a past year: all twelve), and the previous year is compared over the same months.
 * Money in yuan; shares in percent, 2 decimals.
 */
public record CityFigures(int year, LocalDate asOf, Headline headline, List<Month> months,
        Map<String, Breakdown> byStage, Map<String, Breakdown> bySector, Map<String, Breakdown> byLevel,
        Map<String, Breakdown> byDistrict, YearOnYear yearOnYear) {

    /** 1亿元: the size the reports single out ("亿元以上项目"). */
    public static final BigDecimal HUNDRED_MILLION = new BigDecimal("100000000");

    /**
     * @param completedShare  completed this year as a percentage of the annual plan, or null without a plan
     */
    public record Headline(long projects, BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal completed,
            BigDecimal completedShare, long newStarts, BigDecimal newStartsInvestment, long completedProjects,
            long inProduction, long overHundredMillion) {
    }

    /** One month of the year: planned and completed, and both summed from January. */
    public record Month(int month, BigDecimal planned, BigDecimal completed, BigDecimal plannedToDate,
            BigDecimal completedToDate) {
    }

    public record Breakdown(long projects, BigDecimal totalInvestment, BigDecimal annualPlan, BigDecimal completed) {

        static final Breakdown NONE = new Breakdown(0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

        Breakdown plus(ProjectFacts project, int year, int through) {
            return new Breakdown(projects + 1, totalInvestment.add(investment(project)),
                    annualPlan.add(project.annualPlan(year)),
                    completed.add(project.completedInYearThrough(year, through)));
        }
    }

    /**
     * The previous year's figures over the same months where it had any plan or completed investment, with the
     * growth in percent; null when the previous year holds nothing to compare with.
     */
    public record YearOnYear(int previousYear, BigDecimal previousCompleted, BigDecimal completedGrowth,
            long previousNewStarts, BigDecimal previousAnnualPlan) {
    }

    public static CityFigures of(Collection<ProjectFacts> all, int year, LocalDate asOf) {
        List<ProjectFacts> counted = all.stream().filter(CityFigures::counted).toList();
        int through = asOf.getYear() == year ? asOf.getMonthValue() : 12;
        BigDecimal total = sum(counted, CityFigures::investment);
        BigDecimal plan = sum(counted, project -> project.annualPlan(year));
        BigDecimal completed = sum(counted, project -> project.completedInYearThrough(year, through));
        List<ProjectFacts> starts = counted.stream().filter(project -> inYear(project.startedOn(), year)).toList();
        Headline headline = new Headline(counted.size(), total, plan, completed, percent(completed, plan),
                starts.size(), sum(starts, CityFigures::investment),
                counted.stream().filter(project -> inYear(project.completedOn(), year)).count(),
                counted.stream().filter(project -> "IN_PRODUCTION".equals(project.stage())).count(),
                counted.stream().filter(project -> investment(project).compareTo(HUNDRED_MILLION) >= 0).count());
        return new CityFigures(year, asOf, headline, months(counted, year, through),
                breakdown(counted, year, through, ProjectFacts::stage),
                breakdown(counted, year, through, ProjectFacts::sector),
                breakdown(counted, year, through, ProjectFacts::level),
                breakdown(counted, year, through, ProjectFacts::district), yearOnYear(counted, year, through, completed));
    }

    private static boolean counted(ProjectFacts project) {
        return project.registered() && !"CANCELLED".equals(project.stage());
    }

    private static List<Month> months(List<ProjectFacts> projects, int year, int through) {
        List<Month> months = new ArrayList<>();
        BigDecimal plannedToDate = BigDecimal.ZERO;
        BigDecimal completedToDate = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(year, month);
            BigDecimal planned = sum(projects, project -> project.plannedIn(yearMonth));
            BigDecimal completed = month > through ? BigDecimal.ZERO
                    : sum(projects, project -> project.completedIn(yearMonth));
            plannedToDate = plannedToDate.add(planned);
            completedToDate = completedToDate.add(completed);
            months.add(new Month(month, planned, completed, plannedToDate, completedToDate));
        }
        return months;
    }

    private static Map<String, Breakdown> breakdown(List<ProjectFacts> projects, int year, int through,
            Function<ProjectFacts, String> key) {
        Map<String, Breakdown> byKey = new TreeMap<>();
        for (ProjectFacts project : projects) {
            String value = key.apply(project) == null ? "UNKNOWN" : key.apply(project);
            byKey.put(value, byKey.getOrDefault(value, Breakdown.NONE).plus(project, year, through));
        }
        return byKey;
    }

    private static YearOnYear yearOnYear(List<ProjectFacts> projects, int year, int through, BigDecimal completed) {
        int previous = year - 1;
        BigDecimal previousCompleted = sum(projects, project -> project.completedInYearThrough(previous, through));
        BigDecimal previousPlan = sum(projects, project -> project.annualPlan(previous));
        if (previousCompleted.signum() == 0 && previousPlan.signum() == 0) {
            return null;
        }
        BigDecimal growth = previousCompleted.signum() == 0 ? null
                : percent(completed.subtract(previousCompleted), previousCompleted);
        return new YearOnYear(previous, previousCompleted, growth,
                projects.stream().filter(project -> inYear(project.startedOn(), previous)).count(), previousPlan);
    }

    private static BigDecimal investment(ProjectFacts project) {
        return project.totalInvestment() == null ? BigDecimal.ZERO : project.totalInvestment();
    }

    private static boolean inYear(LocalDate day, int year) {
        return day != null && day.getYear() == year;
    }

    private static BigDecimal sum(List<ProjectFacts> projects, Function<ProjectFacts, BigDecimal> amount) {
        return projects.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** {@code part} as a percentage of {@code whole}, 2 decimals; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}

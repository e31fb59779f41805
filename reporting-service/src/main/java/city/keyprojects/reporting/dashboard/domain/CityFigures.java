package city.keyprojects.reporting.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
    }

    /**
     * The previous year's figures over the same months where it had any plan or completed investment, with the
     * growth in percent; null when the previous year holds nothing to compare with.
     */
    public record YearOnYear(int previousYear, BigDecimal previousCompleted, BigDecimal completedGrowth,
            long previousNewStarts, BigDecimal previousAnnualPlan) {
    }

    public static CityFigures of(Collection<ProjectFacts> all, int year, LocalDate asOf) {
        return of(CityTotals.ofAll(all), year, asOf);
    }

    /** The figures of {@code year} as of {@code asOf} from the totals of the projects. */
    public static CityFigures of(CityTotals totals, int year, LocalDate asOf) {
        int through = asOf.getYear() == year ? asOf.getMonthValue() : 12;
        CityTotals.YearTotals inYear = totals.year(year);
        BigDecimal completed = inYear.completedThrough(through);
        Headline headline = new Headline(totals.projects(), totals.investment(), inYear.annualPlan(), completed,
                percent(completed, inYear.annualPlan()), inYear.newStarts(), inYear.newStartsInvestment(),
                inYear.completedProjects(), totals.inProduction(), totals.overHundredMillion());
        return new CityFigures(year, asOf, headline, months(inYear, through),
                breakdown(totals, CityTotals.STAGE, year, through), breakdown(totals, CityTotals.SECTOR, year, through),
                breakdown(totals, CityTotals.LEVEL, year, through),
                breakdown(totals, CityTotals.DISTRICT, year, through),
                yearOnYear(totals.year(year - 1), year - 1, through, completed));
    }

    private static List<Month> months(CityTotals.YearTotals inYear, int through) {
        List<Month> months = new ArrayList<>();
        BigDecimal plannedToDate = BigDecimal.ZERO;
        BigDecimal completedToDate = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            BigDecimal planned = inYear.planned().get(month - 1);
            BigDecimal completed = month > through ? BigDecimal.ZERO : inYear.completed().get(month - 1);
            plannedToDate = plannedToDate.add(planned);
            completedToDate = completedToDate.add(completed);
            months.add(new Month(month, planned, completed, plannedToDate, completedToDate));
        }
        return months;
    }

    private static Map<String, Breakdown> breakdown(CityTotals totals, String breakdown, int year, int through) {
        Map<String, Breakdown> byValue = new TreeMap<>();
        totals.groups(breakdown).forEach((value, group) -> byValue.put(value, new Breakdown(group.projects(),
                group.investment(), group.year(year).annualPlan(), group.year(year).completedThrough(through))));
        return byValue;
    }

    private static YearOnYear yearOnYear(CityTotals.YearTotals previous, int previousYear, int through,
            BigDecimal completed) {
        BigDecimal previousCompleted = previous.completedThrough(through);
        if (previousCompleted.signum() == 0 && previous.annualPlan().signum() == 0) {
            return null;
        }
        BigDecimal growth = previousCompleted.signum() == 0 ? null
                : percent(completed.subtract(previousCompleted), previousCompleted);
        return new YearOnYear(previousYear, previousCompleted, growth, previous.newStarts(), previous.annualPlan());
    }

    /** {@code part} as a percentage of {@code whole}, 2 decimals; null when the whole is zero. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}

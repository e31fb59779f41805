package city.keyprojects.reporting.dashboard.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * The sums the city figures are made of, over any set of projects: what one project contributes ({@link #of}),
 * added up ({@link #plus}), and taken away again when the project changes ({@code plus(before.negated())}). The
 * city figures of any year and day are derived from them ({@link CityFigures#of(CityTotals, int, LocalDate)}), so
 * they are kept running per event instead of folding every project again (decision 0011). Nothing here depends
 * on the day: completed investment is kept by month, and the day picks the months.
 *
 * @param years   by year {@code yyyy}
 * @param groups  by breakdown ({@link #STAGE}, {@link #SECTOR}, {@link #LEVEL}, {@link #DISTRICT}), then by value
 */
public record CityTotals(long projects, BigDecimal investment, long overHundredMillion, long inProduction,
        Map<String, YearTotals> years, Map<String, Map<String, GroupTotals>> groups) {

    public static final String STAGE = "stage";
    public static final String SECTOR = "sector";
    public static final String LEVEL = "level";
    public static final String DISTRICT = "district";
    /** The value a project without one is counted under. */
    static final String UNKNOWN = "UNKNOWN";

    private static final Map<String, Function<ProjectFacts, String>> BREAKDOWNS = Map.of(STAGE, ProjectFacts::stage,
            SECTOR, ProjectFacts::sector, LEVEL, ProjectFacts::level, DISTRICT, ProjectFacts::district);

    public static final CityTotals NONE = new CityTotals(0, BigDecimal.ZERO, 0, 0, Map.of(), Map.of());

    public CityTotals {
        years = years == null ? Map.of() : Map.copyOf(years);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /** One year: the annual plan, the plan and the completed investment of each month, starts and completions. */
    public record YearTotals(BigDecimal annualPlan, List<BigDecimal> planned, List<BigDecimal> completed,
            long newStarts, BigDecimal newStartsInvestment, long completedProjects) {

        static final YearTotals NONE = new YearTotals(BigDecimal.ZERO, twelveZeros(), twelveZeros(), 0,
                BigDecimal.ZERO, 0);

        YearTotals plus(YearTotals other) {
            return new YearTotals(annualPlan.add(other.annualPlan), add(planned, other.planned),
                    add(completed, other.completed), newStarts + other.newStarts,
                    newStartsInvestment.add(other.newStartsInvestment), completedProjects + other.completedProjects);
        }

        YearTotals negated() {
            return new YearTotals(annualPlan.negate(), negate(planned), negate(completed), -newStarts,
                    newStartsInvestment.negate(), -completedProjects);
        }

        boolean empty() {
            return annualPlan.signum() == 0 && zeros(planned) && zeros(completed) && newStarts == 0
                    && newStartsInvestment.signum() == 0 && completedProjects == 0;
        }

        /** Completed from January up to and including {@code through}. */
        public BigDecimal completedThrough(int through) {
            return sum(completed.subList(0, through));
        }
    }

    /** One value of a breakdown (a sector, say): its projects, their investment, and by year plan and completion. */
    public record GroupTotals(long projects, BigDecimal investment, Map<String, GroupYear> years) {

        public GroupTotals {
            years = years == null ? Map.of() : Map.copyOf(years);
        }

        GroupTotals plus(GroupTotals other) {
            return new GroupTotals(projects + other.projects, investment.add(other.investment),
                    merge(years, other.years, GroupYear::plus, GroupYear::empty));
        }

        GroupTotals negated() {
            return new GroupTotals(-projects, investment.negate(), map(years, GroupYear::negated));
        }

        boolean empty() {
            return projects == 0 && investment.signum() == 0 && years.isEmpty();
        }

        public GroupYear year(int year) {
            return years.getOrDefault(Integer.toString(year), GroupYear.NONE);
        }
    }

    public record GroupYear(BigDecimal annualPlan, List<BigDecimal> completed) {

        static final GroupYear NONE = new GroupYear(BigDecimal.ZERO, twelveZeros());

        GroupYear plus(GroupYear other) {
            return new GroupYear(annualPlan.add(other.annualPlan), add(completed, other.completed));
        }

        GroupYear negated() {
            return new GroupYear(annualPlan.negate(), negate(completed));
        }

        boolean empty() {
            return annualPlan.signum() == 0 && zeros(completed);
        }

        public BigDecimal completedThrough(int through) {
            return sum(completed.subList(0, through));
        }
    }

    /** What one project contributes: nothing unless it is registered and not cancelled. */
    public static CityTotals of(ProjectFacts project) {
        if (!project.registered() || "CANCELLED".equals(project.stage())) {
            return NONE;
        }
        BigDecimal investment = project.totalInvestment() == null ? BigDecimal.ZERO : project.totalInvestment();
        Map<String, YearTotals> years = new TreeMap<>();
        Map<String, GroupYear> groupYears = new TreeMap<>();
        for (int year : yearsOf(project)) {
            List<BigDecimal> planned = new ArrayList<>(12);
            List<BigDecimal> completed = new ArrayList<>(12);
            for (int month = 1; month <= 12; month++) {
                planned.add(project.plannedIn(YearMonth.of(year, month)));
                completed.add(project.completedIn(YearMonth.of(year, month)));
            }
            boolean started = inYear(project.startedOn(), year);
            YearTotals totals = new YearTotals(project.annualPlan(year), planned, completed, started ? 1 : 0,
                    started ? investment : BigDecimal.ZERO, inYear(project.completedOn(), year) ? 1 : 0);
            if (!totals.empty()) {
                years.put(Integer.toString(year), totals);
            }
            GroupYear groupYear = new GroupYear(project.annualPlan(year), completed);
            if (!groupYear.empty()) {
                groupYears.put(Integer.toString(year), groupYear);
            }
        }
        Map<String, Map<String, GroupTotals>> groups = new TreeMap<>();
        BREAKDOWNS.forEach((breakdown, value) -> groups.put(breakdown, Map.of(
                value.apply(project) == null ? UNKNOWN : value.apply(project),
                new GroupTotals(1, investment, groupYears))));
        return new CityTotals(1, investment, investment.compareTo(CityFigures.HUNDRED_MILLION) >= 0 ? 1 : 0,
                "IN_PRODUCTION".equals(project.stage()) ? 1 : 0, years, groups);
    }

    /** The totals of all the projects. */
    public static CityTotals ofAll(Collection<ProjectFacts> projects) {
        return projects.stream().map(CityTotals::of).reduce(NONE, CityTotals::plus);
    }

    /** What changes in the totals when a project's facts change from {@code before} to {@code after}. */
    public static CityTotals change(ProjectFacts before, ProjectFacts after) {
        return of(after).plus(of(before).negated());
    }

    public CityTotals plus(CityTotals other) {
        return new CityTotals(projects + other.projects, investment.add(other.investment),
                overHundredMillion + other.overHundredMillion, inProduction + other.inProduction,
                merge(years, other.years, YearTotals::plus, YearTotals::empty),
                merge(groups, other.groups, (mine, theirs) -> merge(mine, theirs, GroupTotals::plus,
                        GroupTotals::empty), Map::isEmpty));
    }

    public CityTotals negated() {
        return new CityTotals(-projects, investment.negate(), -overHundredMillion, -inProduction,
                map(years, YearTotals::negated), map(groups, group -> map(group, GroupTotals::negated)));
    }

    /** Whether adding these changes nothing. */
    public boolean isNone() {
        return projects == 0 && investment.signum() == 0 && overHundredMillion == 0 && inProduction == 0
                && years.isEmpty() && groups.isEmpty();
    }

    public YearTotals year(int year) {
        return years.getOrDefault(Integer.toString(year), YearTotals.NONE);
    }

    /** A breakdown's values in order, each with its totals. */
    public Map<String, GroupTotals> groups(String breakdown) {
        return new TreeMap<>(groups.getOrDefault(breakdown, Map.of()));
    }

    /** The years a project has a plan, completed investment, a start or a completion in. */
    private static Set<Integer> yearsOf(ProjectFacts project) {
        Set<Integer> years = new TreeSet<>();
        project.plans().keySet().forEach(year -> years.add(Integer.parseInt(year)));
        project.completed().keySet().forEach(month -> years.add(YearMonth.parse(month).getYear()));
        if (project.startedOn() != null) {
            years.add(project.startedOn().getYear());
        }
        if (project.completedOn() != null) {
            years.add(project.completedOn().getYear());
        }
        return years;
    }

    private static boolean inYear(LocalDate day, int year) {
        return day != null && day.getYear() == year;
    }

    /** Both maps' entries, those of a key in both combined; entries that come to nothing are left out. */
    private static <V> Map<String, V> merge(Map<String, V> mine, Map<String, V> theirs, BinaryOperator<V> combine,
            Predicate<V> nothing) {
        Map<String, V> merged = new TreeMap<>(mine);
        theirs.forEach((key, value) -> merged.merge(key, value, combine));
        merged.values().removeIf(nothing);
        return merged;
    }

    private static <V> Map<String, V> map(Map<String, V> values, Function<V, V> change) {
        Map<String, V> changed = new TreeMap<>();
        values.forEach((key, value) -> changed.put(key, change.apply(value)));
        return changed;
    }

    private static List<BigDecimal> add(List<BigDecimal> mine, List<BigDecimal> theirs) {
        List<BigDecimal> sum = new ArrayList<>(12);
        for (int month = 0; month < 12; month++) {
            sum.add(mine.get(month).add(theirs.get(month)));
        }
        return sum;
    }

    private static List<BigDecimal> negate(List<BigDecimal> amounts) {
        return amounts.stream().map(BigDecimal::negate).toList();
    }

    private static boolean zeros(List<BigDecimal> amounts) {
        return amounts.stream().allMatch(amount -> amount.signum() == 0);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> twelveZeros() {
        return Collections.nCopies(12, BigDecimal.ZERO);
    }
}

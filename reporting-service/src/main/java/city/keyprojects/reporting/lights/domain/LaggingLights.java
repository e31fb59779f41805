package city.keyprojects.reporting.lights.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * The traffic lights of the lagging projects (推进滞后), folded from the projects' facts for a year as of a day.
 *
 * <p>Two rules, the worse light wins and both reasons are kept:
 * <ul>
 * <li>the planned pace (序时进度): a month is reported in the next, so the pace is measured through the month before
 * {@code asOf}'s (nothing is due in January; every month of a past year is due); points behind = (planned to date −
 * completed to date) / annual plan × 100, rounded to 2 decimals, then {@link LightRules#paceLight};</li>
 * <li>the start: a planned start whose month is before {@code asOf}'s, not started: whole months late, then
 * {@link LightRules#notStartedLight}.</li>
 * </ul>
 * Only registered, not cancelled projects are in the report; completed ones (竣工, 投产) are green.
 *
 * <p>A past year is judged as it closed (as of 1 January after it) on the facts known now: a start or a completion
 * dated after the year does not count for it.
 */
public final class LaggingLights {

    private static final Set<String> DONE = Set.of("COMPLETED", "IN_PRODUCTION");
    private static final Set<String> UNDER_WAY = Set.of("UNDER_CONSTRUCTION", "COMPLETED", "IN_PRODUCTION");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private LaggingLights() {
    }

    public static LightsReport of(Collection<ProjectFacts> facts, int year, LocalDate asOf, LightRules rules) {
        List<ProjectLight> projects = facts.stream().filter(LaggingLights::inReport)
                .map(project -> lightOf(project, year, asOf, rules))
                .sorted(Comparator.comparing(ProjectLight::projectId)).toList();
        Map<ServiceTier, Long> tiers = new EnumMap<>(ServiceTier.class);
        projects.forEach(project -> tiers.merge(project.tier(), 1L, Long::sum));
        List<ProjectLight> red = coloured(projects, TrafficLight.RED);
        List<ProjectLight> yellow = coloured(projects, TrafficLight.YELLOW);
        return new LightsReport(year, asOf, rules,
                new LightsReport.Counts(projects.size() - red.size() - yellow.size(), yellow.size(), red.size()),
                tiers, red, yellow, projects);
    }

    /** Registered and not cancelled, as the city figures count them. */
    static boolean inReport(ProjectFacts project) {
        return project.registered() && !"CANCELLED".equals(project.stage());
    }

    /** One project's light in the year as of the day. */
    public static ProjectLight lightOf(ProjectFacts project, int year, LocalDate asOf, LightRules rules) {
        LocalDate measuredOn = year < asOf.getYear() ? LocalDate.of(year + 1, 1, 1) : asOf;
        int dueThrough = year < asOf.getYear() ? 12 : year == asOf.getYear() ? asOf.getMonthValue() - 1 : 0;
        BigDecimal annual = project.annualPlan(year).signum() > 0 ? project.annualPlan(year) : null;
        BigDecimal planned = dueThrough == 0 ? null : project.plannedInYearThrough(year, dueThrough);
        BigDecimal completed = dueThrough == 0 ? null : project.completedInYearThrough(year, dueThrough);
        BigDecimal pointsBehind = annual == null || planned == null ? null
                : planned.subtract(completed).multiply(HUNDRED).divide(annual, 2, RoundingMode.HALF_UP);
        Long monthsLate = monthsLate(project, measuredOn);

        List<ProjectLight.Reason> reasons = new ArrayList<>();
        if (doneBy(project, measuredOn)) {
            reasons.add(new ProjectLight.Reason(LightRules.COMPLETED, TrafficLight.GREEN));
        } else {
            reasons.add(pace(dueThrough, pointsBehind, rules));
            if (monthsLate != null) {
                reasons.add(new ProjectLight.Reason(LightRules.NOT_STARTED_IN_PLANNED_MONTH,
                        rules.notStartedLight(monthsLate)));
            }
            // Worst first; a stable sort keeps the pace first on a tie.
            reasons.sort(Comparator.comparing(ProjectLight.Reason::light).reversed());
        }
        ProjectLight.Reason decisive = reasons.get(0);
        ProjectLight.Explanation explanation = new ProjectLight.Explanation(project.stage(),
                dueThrough == 0 ? null : YearMonth.of(year, dueThrough).toString(), annual, planned, completed,
                pointsBehind, project.plannedStart(), monthsLate, reasons);
        String officer = project.responsibility() == null ? null : project.responsibility().officer();
        return new ProjectLight(project.projectId(), project.name(), project.district(), project.sector(), officer,
                decisive.light(), decisive.rule(), explanation, ServiceTier.of(decisive.light(), project.stage()));
    }

    private static ProjectLight.Reason pace(int dueThrough, BigDecimal pointsBehind, LightRules rules) {
        if (dueThrough == 0) {
            return new ProjectLight.Reason(LightRules.NOTHING_DUE_YET, TrafficLight.GREEN);
        }
        if (pointsBehind == null) {
            return new ProjectLight.Reason(LightRules.NO_PLAN, TrafficLight.GREEN);
        }
        TrafficLight light = rules.paceLight(pointsBehind);
        return new ProjectLight.Reason(light == TrafficLight.GREEN ? LightRules.ON_PACE
                : LightRules.BEHIND_PLANNED_PACE, light);
    }

    /**
     * Whole months from the planned start's month to the month measured in, for a project not started by then whose
     * planned start's month is already past; null otherwise. A project under construction or beyond with no start
     * day (registered so) has started.
     */
    private static Long monthsLate(ProjectFacts project, LocalDate measuredOn) {
        if (project.plannedStart() == null) {
            return null;
        }
        boolean started = project.startedOn() != null ? project.startedOn().isBefore(measuredOn)
                : UNDER_WAY.contains(project.stage());
        long months = YearMonth.from(project.plannedStart()).until(YearMonth.from(measuredOn), ChronoUnit.MONTHS);
        return started || months < 1 ? null : months;
    }

    /** Completed or in production by the day measured (when the day it got there is known). */
    private static boolean doneBy(ProjectFacts project, LocalDate measuredOn) {
        if (!DONE.contains(project.stage())) {
            return false;
        }
        LocalDate reached = project.completedOn() != null ? project.completedOn() : project.productionOn();
        return reached == null || reached.isBefore(measuredOn);
    }

    private static List<ProjectLight> coloured(List<ProjectLight> projects, TrafficLight light) {
        return projects.stream().filter(project -> project.light() == light).toList();
    }
}

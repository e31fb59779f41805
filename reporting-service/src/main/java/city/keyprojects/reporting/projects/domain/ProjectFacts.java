package city.keyprojects.reporting.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reporting knows of one project, folded from its events: what it is (district, sector, level, stage, total
 * investment), when it started, was completed and went into production, its annual plans by month and the
 * investment completed each month. Each change returns a new value; the projection stores it.
 *
 * @param registered  whether {@code project.registered} has arrived (events of other aggregates may come first)
 * @param plans       by year: the annual planned investment and its twelve monthly amounts (年度计划, 月度分解)
 * @param completed   by month {@code yyyy-MM}: the investment completed that month, latest revision (月度调度)
 */
public record ProjectFacts(String projectId, boolean registered, String name, String district, String sector,
        String level, String stage, BigDecimal totalInvestment, LocalDate registeredOn, LocalDate startedOn,
        LocalDate completedOn, LocalDate productionOn, Map<String, YearPlan> plans, Map<String, BigDecimal> completed,
        BigDecimal physicalProgress) {

    public ProjectFacts {
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        completed = completed == null ? Map.of() : Map.copyOf(completed);
    }

    /** An annual plan and its monthly breakdown (twelve amounts adding up to it). */
    public record YearPlan(BigDecimal annual, List<BigDecimal> monthly) {

        public YearPlan {
            monthly = List.copyOf(monthly);
        }
    }

    /** Nothing known yet but the id: events of the project's other aggregates may arrive before its registration. */
    public static ProjectFacts unknown(String projectId) {
        return new ProjectFacts(projectId, false, null, null, null, null, null, null, null, null, null, null,
                Map.of(), Map.of(), null);
    }

    public ProjectFacts registeredAs(String name, String district, String sector, String level, String stage,
            BigDecimal totalInvestment, LocalDate on) {
        return new ProjectFacts(projectId, true, name, district, sector, level, stage, totalInvestment, on, startedOn,
                completedOn, productionOn, plans, completed, physicalProgress);
    }

    /** The fields a correction changed; null arguments are not changed. */
    public ProjectFacts correctedTo(String newName, String newDistrict, String newSector, String newLevel,
            BigDecimal newTotalInvestment, boolean totalInvestmentChanged) {
        return new ProjectFacts(projectId, registered, newName != null ? newName : name,
                newDistrict != null ? newDistrict : district, newSector != null ? newSector : sector,
                newLevel != null ? newLevel : level, stage,
                totalInvestmentChanged ? newTotalInvestment : totalInvestment, registeredOn, startedOn, completedOn,
                productionOn, plans, completed, physicalProgress);
    }

    /** A move in the lifecycle; the first day it reached construction, completion and production is kept. */
    public ProjectFacts movedTo(String newStage, LocalDate on) {
        LocalDate started = startedOn == null && "UNDER_CONSTRUCTION".equals(newStage) ? on : startedOn;
        LocalDate done = completedOn == null && "COMPLETED".equals(newStage) ? on : completedOn;
        LocalDate producing = productionOn == null && "IN_PRODUCTION".equals(newStage) ? on : productionOn;
        return new ProjectFacts(projectId, registered, name, district, sector, level, newStage, totalInvestment,
                registeredOn, started, done, producing, plans, completed, physicalProgress);
    }

    /** The year's plan as set last: it replaces what was held for that year. */
    public ProjectFacts plannedFor(int year, BigDecimal annual, List<BigDecimal> monthly) {
        Map<String, YearPlan> next = new TreeMap<>(plans);
        next.put(Integer.toString(year), new YearPlan(annual, monthly));
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                registeredOn, startedOn, completedOn, productionOn, next, completed, physicalProgress);
    }

    /** A month's report (or its correction): it replaces what was held for that month. */
    public ProjectFacts reportedFor(YearMonth month, BigDecimal completedInvestment, BigDecimal progress) {
        Map<String, BigDecimal> next = new TreeMap<>(completed);
        next.put(month.toString(), completedInvestment);
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                registeredOn, startedOn, completedOn, productionOn, plans, next, progress);
    }

    public BigDecimal annualPlan(int year) {
        YearPlan plan = plans.get(Integer.toString(year));
        return plan == null ? BigDecimal.ZERO : plan.annual();
    }

    public BigDecimal plannedIn(YearMonth month) {
        YearPlan plan = plans.get(Integer.toString(month.getYear()));
        return plan == null ? BigDecimal.ZERO : plan.monthly().get(month.getMonthValue() - 1);
    }

    public BigDecimal completedIn(YearMonth month) {
        return completed.getOrDefault(month.toString(), BigDecimal.ZERO);
    }

    /** Investment completed in the months of {@code year} up to and including {@code through}'s month. */
    public BigDecimal completedInYearThrough(int year, int throughMonth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = 1; month <= throughMonth; month++) {
            sum = sum.add(completedIn(YearMonth.of(year, month)));
        }
        return sum;
    }
}

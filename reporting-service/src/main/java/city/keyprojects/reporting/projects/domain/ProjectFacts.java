package city.keyprojects.reporting.projects.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What reporting knows of one project, folded from the events of the three topics: what it is (district, sector,
 * level, stage, total investment), who answers for it, when it was to start and when it started, was completed
 * and went into production, its annual plans by month and the investment completed each month, its milestones,
 * its approval items' final decisions and its problem tickets. Each change returns a new value; the projection
 * stores it.
 *
 * @param registered  whether {@code project.registered} has arrived (events of other aggregates may come first)
 * @param plans       by year: the annual planned investment and its twelve monthly amounts (年度计划, 月度分解)
 * @param completed   by month {@code yyyy-MM}: the investment completed that month, latest revision (月度调度)
 * @param milestones  by milestone id
 * @param approvals   by {@code <caseId>/<itemCode>}: the final decision of each approval item
 * @param tickets     by ticket id
 * @param overdueApprovals  by {@code <caseId>/<itemCode>}: the department of each item past its limit and not yet
 *                          decided
 * @param card        the public fields open data publishes
 */
public record ProjectFacts(String projectId, boolean registered, String name, String district, String sector,
        String level, String stage, BigDecimal totalInvestment, LocalDate plannedStart, LocalDate registeredOn,
        LocalDate startedOn, LocalDate completedOn, LocalDate productionOn, Responsibility responsibility,
        Map<String, YearPlan> plans, Map<String, BigDecimal> completed, BigDecimal physicalProgress,
        Map<String, MilestoneFacts> milestones, Map<String, ApprovalFacts> approvals,
        Map<String, TicketFacts> tickets, Map<String, String> overdueApprovals, PublicCard card) {

    public ProjectFacts {
        card = card == null ? PublicCard.NONE : card;
        overdueApprovals = overdueApprovals == null ? Map.of() : Map.copyOf(overdueApprovals);
        plans = plans == null ? Map.of() : Map.copyOf(plans);
        completed = completed == null ? Map.of() : Map.copyOf(completed);
        milestones = milestones == null ? Map.of() : Map.copyOf(milestones);
        approvals = approvals == null ? Map.of() : Map.copyOf(approvals);
        tickets = tickets == null ? Map.of() : Map.copyOf(tickets);
    }

    /** 五个一: the responsible leader and department, and the project officer (项目专员). */
    public record Responsibility(String leader, String department, String officer) {
    }

    /** An annual plan and its monthly breakdown (twelve amounts adding up to it). */
    public record YearPlan(BigDecimal annual, List<BigDecimal> monthly) {

        public YearPlan {
            monthly = List.copyOf(monthly);
        }
    }

    /** Nothing known yet but the id: events of the project's other aggregates may arrive before its registration. */
    public static ProjectFacts unknown(String projectId) {
        return new ProjectFacts(projectId, false, null, null, null, null, null, null, null, null, null, null, null,
                null, Map.of(), Map.of(), null, Map.of(), Map.of(), Map.of(), Map.of(), PublicCard.NONE);
    }

    public ProjectFacts registeredAs(String newName, String newDistrict, String newSector, String newLevel,
            String newStage, BigDecimal newTotalInvestment, LocalDate newPlannedStart, LocalDate on) {
        return new ProjectFacts(projectId, true, newName, newDistrict, newSector, newLevel, newStage,
                newTotalInvestment, newPlannedStart, on, startedOn, completedOn, productionOn, responsibility, plans,
                completed, physicalProgress, milestones, approvals, tickets, overdueApprovals, card);
    }

    /** The fields a correction changed: each {@code Changed} says whether it changed and to what. */
    public ProjectFacts correctedTo(Changed<String> newName, Changed<String> newDistrict, Changed<String> newSector,
            Changed<String> newLevel, Changed<BigDecimal> newTotalInvestment, Changed<LocalDate> newPlannedStart) {
        return new ProjectFacts(projectId, registered, newName.or(name), newDistrict.or(district),
                newSector.or(sector), newLevel.or(level), stage, newTotalInvestment.or(totalInvestment),
                newPlannedStart.or(plannedStart), registeredOn, startedOn, completedOn, productionOn, responsibility,
                plans, completed, physicalProgress, milestones, approvals, tickets, overdueApprovals, card);
    }

    /** A field of a correction: {@code changed} says whether it is part of it (a change to null included). */
    public record Changed<T>(boolean changed, T value) {

        public static <T> Changed<T> not() {
            return new Changed<>(false, null);
        }

        public T or(T current) {
            return changed ? value : current;
        }
    }

    /** The public fields as registered or corrected. */
    public ProjectFacts described(PublicCard newCard) {
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, completed,
                physicalProgress, milestones, approvals, tickets, overdueApprovals, newCard);
    }

    /** A move in the lifecycle; the first day it reached construction, completion and production is kept. */
    public ProjectFacts movedTo(String newStage, LocalDate on) {
        LocalDate started = startedOn == null && "UNDER_CONSTRUCTION".equals(newStage) ? on : startedOn;
        LocalDate done = completedOn == null && "COMPLETED".equals(newStage) ? on : completedOn;
        LocalDate producing = productionOn == null && "IN_PRODUCTION".equals(newStage) ? on : productionOn;
        return new ProjectFacts(projectId, registered, name, district, sector, level, newStage, totalInvestment,
                plannedStart, registeredOn, started, done, producing, responsibility, plans, completed,
                physicalProgress, milestones, approvals, tickets, overdueApprovals, card);
    }

    public ProjectFacts assigned(Responsibility newResponsibility) {
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, newResponsibility, plans, completed,
                physicalProgress, milestones, approvals, tickets, overdueApprovals, card);
    }

    /** The year's plan as set last: it replaces what was held for that year. */
    public ProjectFacts plannedFor(int year, BigDecimal annual, List<BigDecimal> monthly) {
        Map<String, YearPlan> next = new TreeMap<>(plans);
        next.put(Integer.toString(year), new YearPlan(annual, monthly));
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, next, completed,
                physicalProgress, milestones, approvals, tickets, overdueApprovals, card);
    }

    /** A month's report (or its correction): it replaces what was held for that month. */
    public ProjectFacts reportedFor(YearMonth month, BigDecimal completedInvestment, BigDecimal progress) {
        Map<String, BigDecimal> next = new TreeMap<>(completed);
        next.put(month.toString(), completedInvestment);
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, next,
                progress, milestones, approvals, tickets, overdueApprovals, card);
    }

    /** A milestone planned, replanned, reached or corrected ({@code change} gets null for a new one), or removed. */
    public ProjectFacts milestone(String milestoneId, UnaryOperator<MilestoneFacts> change) {
        Map<String, MilestoneFacts> next = new TreeMap<>(milestones);
        MilestoneFacts changed = change.apply(next.get(milestoneId));
        if (changed == null) {
            next.remove(milestoneId);
        } else {
            next.put(milestoneId, changed);
        }
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, completed,
                physicalProgress, next, approvals, tickets, overdueApprovals, card);
    }

    /** An approval item's final decision; a later one (after a revocation, say) replaces it. */
    public ProjectFacts decided(String caseId, String itemCode, ApprovalFacts decision) {
        Map<String, ApprovalFacts> next = new TreeMap<>(approvals);
        next.put(caseId + "/" + itemCode, decision);
        Map<String, String> stillOverdue = new TreeMap<>(overdueApprovals);
        stillOverdue.remove(caseId + "/" + itemCode);
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, completed,
                physicalProgress, milestones, next, tickets, stillOverdue, card);
    }

    /** An approval item passed its limit undecided: overdue until its final decision. */
    public ProjectFacts approvalOverdue(String caseId, String itemCode, String department) {
        String key = caseId + "/" + itemCode;
        if (approvals.containsKey(key)) {
            return this; // decided meanwhile: the report of its lateness came after the decision
        }
        Map<String, String> next = new TreeMap<>(overdueApprovals);
        next.put(key, department);
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, completed,
                physicalProgress, milestones, approvals, tickets, next, card);
    }

    /** A ticket reported or changed ({@code change} gets null for a new one). */
    public ProjectFacts ticket(String ticketId, UnaryOperator<TicketFacts> change) {
        Map<String, TicketFacts> next = new TreeMap<>(tickets);
        next.put(ticketId, change.apply(next.get(ticketId)));
        return new ProjectFacts(projectId, registered, name, district, sector, level, stage, totalInvestment,
                plannedStart, registeredOn, startedOn, completedOn, productionOn, responsibility, plans, completed,
                physicalProgress, milestones, approvals, next, overdueApprovals, card);
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

    /** Investment completed in the months of {@code year} from January up to and including {@code throughMonth}. */
    public BigDecimal completedInYearThrough(int year, int throughMonth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = 1; month <= throughMonth; month++) {
            sum = sum.add(completedIn(YearMonth.of(year, month)));
        }
        return sum;
    }

    /** Investment planned in the months of {@code year} from January up to and including {@code throughMonth}. */
    public BigDecimal plannedInYearThrough(int year, int throughMonth) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int month = 1; month <= throughMonth; month++) {
            sum = sum.add(plannedIn(YearMonth.of(year, month)));
        }
        return sum;
    }
}

package city.keyprojects.reporting.metrics.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;

/**
 * The figures operators and the leadership watch in Grafana: key projects by stage, approval items overdue by
 * department, problem tickets open, overdue and on the supervision list, and the year's completed investment as a
 * share of the plan to date (序时进度: the months through the one before {@code asOf}'s).
 */
public record BusinessFigures(Map<String, Long> projectsByStage, Map<String, Long> overdueApprovalsByDepartment,
        long openTickets, long overdueTickets, long supervisedTickets, BigDecimal completedToPlanRatio) {

    public static BusinessFigures of(List<ProjectFacts> projects, LocalDate asOf, WorkingDayCalendar calendar) {
        Map<String, Long> byStage = new TreeMap<>();
        Map<String, Long> overdueApprovals = new TreeMap<>();
        long open = 0;
        long overdue = 0;
        long supervised = 0;
        BigDecimal planned = BigDecimal.ZERO;
        BigDecimal completed = BigDecimal.ZERO;
        int throughMonth = asOf.getMonthValue() - 1; // a month is reported in the next: January has nothing due
        for (ProjectFacts project : projects) {
            if (!project.registered()) {
                continue;
            }
            byStage.merge(project.stage() == null ? "UNKNOWN" : project.stage(), 1L, Long::sum);
            project.overdueApprovals().values().forEach(department -> overdueApprovals.merge(department, 1L,
                    Long::sum));
            // Every department known to decide items is listed, at 0 when none of its items is overdue: a series
            // that appears only with the first overdue item would be missed by the "rising" alert's comparison.
            project.approvals().values().forEach(decided -> overdueApprovals.putIfAbsent(decided.department(), 0L));
            for (TicketFacts ticket : project.tickets().values()) {
                open += ticket.open() ? 1 : 0;
                overdue += ticket.overdueOn(asOf, calendar) ? 1 : 0;
                supervised += ticket.supervised() && !ticket.closed() ? 1 : 0;
            }
            planned = planned.add(project.plannedInYearThrough(asOf.getYear(), throughMonth));
            completed = completed.add(project.completedInYearThrough(asOf.getYear(), throughMonth));
        }
        BigDecimal ratio = planned.signum() == 0 ? null : completed.divide(planned, 4, RoundingMode.HALF_UP);
        return new BusinessFigures(byStage, overdueApprovals, open, overdue, supervised, ratio);
    }
}

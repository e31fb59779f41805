package city.keyprojects.reporting.metrics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;

class BusinessFiguresTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    /** Monday: the plan to date runs through October. */
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    @Test
    void projects_are_counted_by_stage_and_overdue_approvals_by_department_until_decided_then_at_zero() {
        ProjectFacts building = registered("A", "UNDER_CONSTRUCTION")
                .approvalOverdue("A-stage3-1", "FIRE_DESIGN_REVIEW", "xfsy")
                .approvalOverdue("A-stage3-1", "CIVIL_AIR_DEFENCE_REVIEW", "rfb")
                .decided("A-stage3-1", "CIVIL_AIR_DEFENCE_REVIEW", new ApprovalFacts("rfb", AS_OF, 5, 9, false));
        ProjectFacts preparing = registered("B", "PREPARATION")
                .approvalOverdue("B-stage2-1", "ENVIRONMENTAL_IMPACT_APPROVAL", "sthj");
        ProjectFacts unregistered = ProjectFacts.unknown("C").approvalOverdue("C-stage1-1", "X", "fgw");

        BusinessFigures figures = BusinessFigures.of(List.of(building, preparing, unregistered), AS_OF, CALENDAR);

        assertThat(figures.projectsByStage()).containsOnly(entry("UNDER_CONSTRUCTION", 1L), entry("PREPARATION", 1L));
        // A department with decided items and none overdue is there at 0: its series exists for the alerts.
        assertThat(figures.overdueApprovalsByDepartment())
                .containsOnly(entry("xfsy", 1L), entry("sthj", 1L), entry("rfb", 0L));
    }

    @Test
    void tickets_are_counted_open_overdue_in_working_days_and_supervised_until_closed() {
        ProjectFacts project = registered("A", "UNDER_CONSTRUCTION")
                // Due Friday 20 November: Monday 23 is one working day past.
                .ticket("t1", none -> TicketFacts.reported("LAND", LocalDate.of(2026, 11, 20)))
                // Due today: not overdue before the day is over.
                .ticket("t2", none -> TicketFacts.reported("OTHER", LocalDate.of(2026, 11, 23)))
                .ticket("t3", none -> TicketFacts.reported("APPROVAL", LocalDate.of(2026, 11, 2))
                        .listedForSupervision().answeredOnTime(false))
                .ticket("t4", none -> TicketFacts.reported("APPROVAL", LocalDate.of(2026, 11, 2))
                        .listedForSupervision().answeredOnTime(false).closed(true, 4));

        BusinessFigures figures = BusinessFigures.of(List.of(project), AS_OF, CALENDAR);

        assertThat(figures.openTickets()).isEqualTo(2);
        assertThat(figures.overdueTickets()).as("t1 only").isEqualTo(1);
        assertThat(figures.supervisedTickets()).as("t3: t4 is closed").isEqualTo(1);
    }

    @Test
    void completed_investment_is_set_against_the_plan_through_last_month() {
        ProjectFacts project = registered("A", "UNDER_CONSTRUCTION")
                .plannedFor(2026, new BigDecimal("120000000"), Collections.nCopies(12, new BigDecimal("10000000")))
                .reportedFor(YearMonth.of(2026, 10), new BigDecimal("80000000"), new BigDecimal("50"))
                .reportedFor(YearMonth.of(2026, 11), new BigDecimal("9000000"), new BigDecimal("55"));

        BusinessFigures figures = BusinessFigures.of(List.of(project), AS_OF, CALENDAR);

        assertThat(figures.completedToPlanRatio()).as("80 of the 100 planned January–October")
                .isEqualByComparingTo("0.8000");
        assertThat(BusinessFigures.of(List.of(project), LocalDate.of(2026, 1, 15), CALENDAR).completedToPlanRatio())
                .as("nothing is due in January").isNull();
    }

    private static ProjectFacts registered(String id, String stage) {
        return ProjectFacts.unknown(id).registeredAs("项目" + id, "371402", "INDUSTRIAL", "MUNICIPAL_KEY", stage,
                new BigDecimal("500000000"), null, LocalDate.of(2026, 1, 5));
    }

    private static Map.Entry<String, Long> entry(String key, Long value) {
        return Map.entry(key, value);
    }
}

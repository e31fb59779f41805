package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalItem;
import city.keyprojects.approval.cases.domain.Commitment;
import city.keyprojects.approval.cases.domain.DeficiencyCure;
import city.keyprojects.approval.cases.domain.ItemState;
import city.keyprojects.approval.cases.domain.ItemStep;
import city.keyprojects.platform.calendar.DueDateChange;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;

/**
 * An item with its clock as of {@code asOf} (the case view's day): working days elapsed and remaining (time the
 * applicant owed excluded), overdue or not, every due-date change with its reason, and every step taken.
 */
record ItemView(String code, String name, String nameEn, String department, String departmentName,
        ItemState state, long version, int limitWorkingDays, LocalDate startedOn, LocalDate dueDate,
        int elapsedWorkingDays, int remainingWorkingDays, boolean clockStopped, boolean overdue,
        int workingDaysOverdue, LocalDate decidedOn, Boolean onTime, List<String> missingMaterials,
        LocalDate cureDeadline, LocalDate suspendedOn, LocalDate lastDayToCure, Commitment commitment,
        List<DueDateChange> dueDateChanges, List<ItemStep> steps) {

    static ItemView of(ApprovalCase approvalCase, ApprovalItem item, LocalDate asOf, WorkingDayCalendar calendar) {
        WorkingDayClock clock = approvalCase.clockOf(item);
        boolean decided = item.decidedOn() != null;
        int elapsed = decided ? item.workingDaysUsed() : clock.elapsedOn(asOf, calendar);
        int overdueDays = decided ? 0 : clock.workingDaysOverdueOn(asOf, calendar);
        return new ItemView(item.code(), item.name(), item.nameEn(), item.department(), item.departmentName(),
                item.state(), item.version(), clock.limitWorkingDays(), clock.startedOn(), clock.dueDate(), elapsed,
                clock.limitWorkingDays() - elapsed, !decided && clock.paused(), overdueDays > 0, overdueDays,
                item.decidedOn(), item.onTime(), item.missingMaterials(), item.cureDeadline(), item.suspendedOn(),
                item.state() == ItemState.SUSPENDED ? DeficiencyCure.lastDayToCure(item.cureDeadline(), calendar)
                        : null,
                item.commitment(), clock.changes(), item.steps());
    }
}

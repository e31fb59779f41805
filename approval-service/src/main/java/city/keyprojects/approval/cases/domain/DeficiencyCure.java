package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * Acceptance with deficiencies (容缺受理): the missing materials are due by the cure deadline; not cured by then,
 * the item is suspended; cured within 15 working days of the suspension, it resumes, otherwise it is returned.
 */
public final class DeficiencyCure {

    /** Working days a suspended item waits for its materials before it is returned. */
    public static final int SUSPENSION_LIMIT_WORKING_DAYS = 15;

    private DeficiencyCure() {
    }

    /** Suspended once the cure deadline has passed (the deadline day itself is still in time). */
    public static boolean isToSuspend(ApprovalItem item, LocalDate today) {
        return item.state() == ItemState.ACCEPTED_WITH_DEFICIENCIES && today.isAfter(item.cureDeadline());
    }

    /** The last day on which a suspended item can still be cured: 15 working days after the cure deadline. */
    public static LocalDate lastDayToCure(LocalDate cureDeadline, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(cureDeadline, SUSPENSION_LIMIT_WORKING_DAYS);
    }

    public static boolean isToReturn(ApprovalItem item, LocalDate today, WorkingDayCalendar calendar) {
        return item.state() == ItemState.SUSPENDED
                && today.isAfter(lastDayToCure(item.cureDeadline(), calendar));
    }
}

package city.keyprojects.reporting.projects.domain;

import java.time.LocalDate;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * A problem ticket on the project as reporting follows it.
 *
 * @param department  the handling department, null until assigned
 * @param answered    an answer stands (cleared by a reopening)
 * @param onTime      whether the standing answer came by the due date; null without one
 * @param satisfaction the reporter's score when confirmed, else null
 */
public record TicketFacts(String category, String department, LocalDate dueDate, boolean answered, Boolean onTime,
        boolean closed, boolean confirmed, Integer satisfaction, boolean supervised) {

    public static TicketFacts reported(String category, LocalDate dueDate) {
        return new TicketFacts(category, null, dueDate, false, null, false, false, null, false);
    }

    public TicketFacts assignedTo(String newDepartment, LocalDate newDueDate) {
        return new TicketFacts(category, newDepartment, newDueDate, answered, onTime, closed, confirmed, satisfaction,
                supervised);
    }

    public TicketFacts dueOn(LocalDate newDueDate) {
        return new TicketFacts(category, department, newDueDate, answered, onTime, closed, confirmed, satisfaction,
                supervised);
    }

    public TicketFacts answeredOnTime(boolean inTime) {
        return new TicketFacts(category, department, dueDate, true, inTime, closed, confirmed, satisfaction,
                supervised);
    }

    public TicketFacts reopened(LocalDate newDueDate) {
        return new TicketFacts(category, department, newDueDate, false, null, false, false, null, supervised);
    }

    public TicketFacts closed(boolean byConfirmation, Integer score) {
        return new TicketFacts(category, department, dueDate, answered, onTime, true, byConfirmation, score,
                supervised);
    }

    public TicketFacts listedForSupervision() {
        return new TicketFacts(category, department, dueDate, answered, onTime, closed, confirmed, satisfaction, true);
    }

    /** Waiting for an answer. */
    public boolean open() {
        return !answered && !closed;
    }

    /** Waiting for an answer at least one working day past its due date, as issue-service counts it. */
    public boolean overdueOn(LocalDate today, WorkingDayCalendar calendar) {
        return open() && dueDate != null && today.isAfter(dueDate) && calendar.workingDaysBetween(dueDate, today) > 0;
    }
}

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
 * @param waitingForReporter  the department asked the reporter for information: the clock stands still
 */
public record TicketFacts(String category, String department, LocalDate dueDate, boolean answered, Boolean onTime,
        boolean closed, boolean confirmed, Integer satisfaction, boolean supervised, boolean waitingForReporter) {

    public static TicketFacts reported(String category, LocalDate dueDate) {
        return new TicketFacts(category, null, dueDate, false, null, false, false, null, false, false);
    }

    /** The department asked the reporter for something: not overdue while it waits. */
    public TicketFacts askedTheReporter() {
        return new TicketFacts(category, department, dueDate, answered, onTime, closed, confirmed, satisfaction,
                supervised, true);
    }

    /** The reporter answered: the clock runs again, due on the moved date. */
    public TicketFacts informationProvided(LocalDate newDueDate) {
        return new TicketFacts(category, department, newDueDate, answered, onTime, closed, confirmed, satisfaction,
                supervised, false);
    }

    public TicketFacts assignedTo(String newDepartment, LocalDate newDueDate) {
        return new TicketFacts(category, newDepartment, newDueDate, answered, onTime, closed, confirmed, satisfaction,
                supervised, waitingForReporter);
    }

    public TicketFacts answeredOnTime(boolean inTime) {
        return new TicketFacts(category, department, dueDate, true, inTime, closed, confirmed, satisfaction,
                supervised, waitingForReporter);
    }

    public TicketFacts reopened(LocalDate newDueDate) {
        return new TicketFacts(category, department, newDueDate, false, null, false, false, null, supervised, false);
    }

    public TicketFacts closed(boolean byConfirmation, Integer score) {
        return new TicketFacts(category, department, dueDate, answered, onTime, true, byConfirmation, score,
                supervised, waitingForReporter);
    }

    public TicketFacts listedForSupervision() {
        return new TicketFacts(category, department, dueDate, answered, onTime, closed, confirmed, satisfaction, true,
                waitingForReporter);
    }

    /** Waiting for an answer. */
    public boolean open() {
        return !answered && !closed;
    }

    /**
     * Waiting for an answer at least one working day past its due date, as issue-service counts it; never while the
     * department waits for the reporter.
     */
    public boolean overdueOn(LocalDate today, WorkingDayCalendar calendar) {
        return open() && !waitingForReporter && dueDate != null && today.isAfter(dueDate) && calendar.workingDaysBetween(dueDate, today) > 0;
    }
}

package city.keyprojects.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A time limit in working days (限时办结) — an approval item's, a problem ticket's: started on the day the matter
 * arrived (day 0), due when the limit in working days has run out, stopped while the applicant owes something. Stopping and restarting moves
 * the due date by the working days the clock stood still, and every move is kept with its reason.
 *
 * @param pausedSince        the day the clock stopped, or null while it runs
 * @param pausedWorkingDays  working days the clock stood still in earlier, finished pauses
 */
public record WorkingDayClock(LocalDate startedOn, int limitWorkingDays, LocalDate dueDate, LocalDate pausedSince,
        int pausedWorkingDays, List<DueDateChange> changes) {

    public WorkingDayClock {
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(dueDate, "dueDate");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static WorkingDayClock startedOn(LocalDate day, int limitWorkingDays, WorkingDayCalendar calendar) {
        return new WorkingDayClock(day, limitWorkingDays, calendar.addWorkingDays(day, limitWorkingDays), null, 0,
                List.of());
    }

    public boolean paused() {
        return pausedSince != null;
    }

    /** Stops the clock from the end of {@code day}; a stopped clock stays as it is. */
    public WorkingDayClock pausedOn(LocalDate day) {
        return paused() ? this : new WorkingDayClock(startedOn, limitWorkingDays, dueDate, day, pausedWorkingDays, changes);
    }

    /**
     * Runs the clock again from the end of {@code day}: the working days after the day it stopped, up to and
     * including {@code day}, did not count, so the due date moves by as many working days.
     */
    public WorkingDayClock resumedOn(LocalDate day, String reason, WorkingDayCalendar calendar) {
        if (!paused()) {
            return this;
        }
        int stood = Math.max(0, calendar.workingDaysBetween(pausedSince, day));
        LocalDate due = calendar.addWorkingDays(dueDate, stood);
        return new WorkingDayClock(startedOn, limitWorkingDays, due, null, pausedWorkingDays + stood,
                changed(due, reason, day));
    }

    /** Starts over from {@code day} with the full limit, as for a new application. */
    public WorkingDayClock restartedOn(LocalDate day, String reason, WorkingDayCalendar calendar) {
        LocalDate due = calendar.addWorkingDays(day, limitWorkingDays);
        return new WorkingDayClock(day, limitWorkingDays, due, null, 0, changed(due, reason, day));
    }

    /** Working days the clock has run by the end of {@code day}. */
    public int elapsedOn(LocalDate day, WorkingDayCalendar calendar) {
        int running = calendar.workingDaysBetween(startedOn, day) - pausedWorkingDays;
        if (paused() && day.isAfter(pausedSince)) {
            running -= calendar.workingDaysBetween(pausedSince, day);
        }
        return Math.max(0, running);
    }

    /** Working days the clock has stood still by the end of {@code day}, a pause still going on included. */
    public int pausedWorkingDaysOn(LocalDate day, WorkingDayCalendar calendar) {
        return pausedWorkingDays + (paused() && day.isAfter(pausedSince)
                ? calendar.workingDaysBetween(pausedSince, day) : 0);
    }

    /** Working days left of the limit as of {@code day}; negative once overdue. */
    public int remainingOn(LocalDate day, WorkingDayCalendar calendar) {
        return limitWorkingDays - elapsedOn(day, calendar);
    }

    /** Working days past the due date as of {@code day} (0 while within the limit or stopped). */
    public int workingDaysOverdueOn(LocalDate day, WorkingDayCalendar calendar) {
        return paused() ? 0 : Math.max(0, calendar.workingDaysBetween(dueDate, day));
    }

    /** Overdue: running, and at least one working day past the due date. */
    public boolean overdueOn(LocalDate day, WorkingDayCalendar calendar) {
        return workingDaysOverdueOn(day, calendar) > 0;
    }

    private List<DueDateChange> changed(LocalDate due, String reason, LocalDate day) {
        if (due.equals(dueDate)) {
            return changes;
        }
        List<DueDateChange> next = new ArrayList<>(changes);
        next.add(new DueDateChange(dueDate, due, reason, day));
        return next;
    }
}

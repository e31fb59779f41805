package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * How long an answered ticket waits for the reporter to confirm or reopen it: after that many working days without
 * either, it is closed as unconfirmed (and counted so), so that silence does not keep a ticket open forever.
 */
public record ConfirmationWindow(int workingDays) {

    public ConfirmationWindow {
        if (workingDays < 1) {
            throw new IllegalArgumentException("The confirmation window is at least one working day: " + workingDays);
        }
    }

    /**
     * Whether the window opened on {@code answeredOn} has run out on {@code today}: its working days after the
     * answer have all ended before today began, so the reporter had every one of them whole.
     */
    public boolean expiredOn(LocalDate answeredOn, LocalDate today, WorkingDayCalendar calendar) {
        return today.isAfter(answeredOn)
                && calendar.workingDaysBetween(answeredOn, today.minusDays(1)) >= workingDays;
    }
}

package city.keyprojects.project.investment.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * Rule: a month's report is due by the end of the 5th working day of the following month (official calendar,
 * holidays and make-up working days included) — e.g. September 2026's by 13 October, after the National Day
 * holiday. A report first submitted later is late; a month without a report after its due date is missing.
 */
public final class ReportingDeadline {

    static final int WORKING_DAYS_AFTER_MONTH = 5;

    private final WorkingDayCalendar calendar;

    public ReportingDeadline(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** @throws city.keyprojects.platform.calendar.UnknownCalendarYearException if the calendar lacks that year */
    public LocalDate dueDate(YearMonth month) {
        return calendar.addWorkingDays(month.atEndOfMonth(), WORKING_DAYS_AFTER_MONTH);
    }

    /** The due date, or empty while the official calendar does not cover the following month yet. */
    public Optional<LocalDate> knownDueDate(YearMonth month) {
        return calendar.knownYears().contains(month.plusMonths(1).getYear()) ? Optional.of(dueDate(month))
                : Optional.empty();
    }

    /** A report submitted within its own month is on time whatever the calendar says about the next year. */
    public boolean isLate(YearMonth month, LocalDate submittedOn) {
        return submittedOn.isAfter(month.atEndOfMonth()) && submittedOn.isAfter(dueDate(month));
    }

    /** Where the month stands on {@code today}, given its report (null if none). */
    public MonthStatus status(YearMonth month, MonthlyReport report, LocalDate today) {
        if (report != null) {
            return report.late() ? MonthStatus.LATE : MonthStatus.ON_TIME;
        }
        if (month.isAfter(YearMonth.from(today))) {
            return MonthStatus.NOT_BEGUN;
        }
        if (!today.isAfter(month.atEndOfMonth()) || !today.isAfter(dueDate(month))) {
            return MonthStatus.NOT_YET_DUE;
        }
        return MonthStatus.MISSING;
    }
}

package city.keyprojects.approval.calendar.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * The official working-day calendar every approval clock counts on, as the portal's administrators and the
 * applicants read it: which years it covers, their holidays and their make-up working days.
 */
@RestController
class CalendarController {

    record YearView(int year, int workingDays, List<WorkingDayCalendar.Holiday> holidays,
            List<LocalDate> makeupWorkdays) {
    }

    record CalendarView(List<YearView> years) {
    }

    private final WorkingDayCalendar calendar;

    CalendarController(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/approvals/calendar")
    CalendarView calendar() {
        return new CalendarView(calendar.knownYears().stream().sorted()
                .map(year -> new YearView(year, calendar.workingDaysIn(year), calendar.holidays(year),
                        calendar.makeupWorkdays(year)))
                .toList());
    }
}

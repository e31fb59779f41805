package city.keyprojects.project.investment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.UnknownCalendarYearException;
import city.keyprojects.platform.calendar.WorkingDayCalendar;

class ReportingDeadlineTest {

    private final ReportingDeadline deadline = new ReportingDeadline(WorkingDayCalendar.official());

    @Test
    void a_report_is_due_on_the_fifth_working_day_of_the_following_month() {
        // February 2026 begins on a Sunday: Monday 2 to Friday 6.
        assertThat(deadline.dueDate(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 2, 6));
        // After the National Day holiday (1–7 October), with Saturday 10 October a make-up working day.
        assertThat(deadline.dueDate(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 10, 13));
        // Labour Day holiday 1–5 May 2026, make-up Saturday 9 May.
        assertThat(deadline.dueDate(YearMonth.of(2026, 4))).isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void a_report_submitted_after_the_due_date_is_late_and_on_it_is_not() {
        YearMonth september = YearMonth.of(2026, 9);
        assertThat(deadline.isLate(september, LocalDate.of(2026, 10, 13))).isFalse();
        assertThat(deadline.isLate(september, LocalDate.of(2026, 10, 14))).isTrue();
        assertThat(deadline.isLate(september, LocalDate.of(2026, 9, 30))).isFalse();
    }

    @Test
    void a_december_report_made_in_december_is_on_time_while_the_next_year_is_not_in_the_calendar() {
        YearMonth december = YearMonth.of(2026, 12);
        assertThat(deadline.knownDueDate(december)).isEmpty();
        assertThat(deadline.isLate(december, LocalDate.of(2026, 12, 28))).isFalse();
        assertThatThrownBy(() -> deadline.isLate(december, LocalDate.of(2027, 1, 20)))
                .isInstanceOf(UnknownCalendarYearException.class);
        assertThat(deadline.knownDueDate(YearMonth.of(2025, 12))).contains(LocalDate.of(2026, 1, 8));
    }

    @Test
    void a_month_without_a_report_is_not_begun_then_not_yet_due_then_missing() {
        YearMonth september = YearMonth.of(2026, 9);
        assertThat(deadline.status(september, null, LocalDate.of(2026, 8, 31))).isEqualTo(MonthStatus.NOT_BEGUN);
        assertThat(deadline.status(september, null, LocalDate.of(2026, 9, 1))).isEqualTo(MonthStatus.NOT_YET_DUE);
        assertThat(deadline.status(september, null, LocalDate.of(2026, 10, 13))).isEqualTo(MonthStatus.NOT_YET_DUE);
        assertThat(deadline.status(september, null, LocalDate.of(2026, 10, 14))).isEqualTo(MonthStatus.MISSING);
    }

    @Test
    void a_reported_month_is_on_time_or_late_as_its_first_submission_was() {
        ReportRevision revision = new ReportRevision(1, BigDecimal.ONE, BigDecimal.TEN, "施工中", null, "officer",
                Instant.parse("2026-10-20T02:00:00Z"));
        MonthlyReport late = new MonthlyReport("2026-09", "2026-10-13", true, List.of(revision));
        MonthlyReport onTime = new MonthlyReport("2026-09", "2026-10-13", false, List.of(revision));
        assertThat(deadline.status(YearMonth.of(2026, 9), late, LocalDate.of(2026, 11, 1)))
                .isEqualTo(MonthStatus.LATE);
        assertThat(deadline.status(YearMonth.of(2026, 9), onTime, LocalDate.of(2026, 11, 1)))
                .isEqualTo(MonthStatus.ON_TIME);
    }
}

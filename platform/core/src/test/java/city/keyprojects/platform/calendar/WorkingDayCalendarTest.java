package city.keyprojects.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.official();

    @Test
    void both_official_years_have_248_working_days() {
        assertThat(calendar.workingDaysIn(2025)).isEqualTo(248);
        assertThat(calendar.workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void a_year_lists_its_named_holidays_and_make_up_days_in_date_order() {
        assertThat(calendar.holidays(2026)).hasSize(7).first().isEqualTo(new WorkingDayCalendar.Holiday(
                "元旦 New Year", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)));
        assertThat(calendar.holidays(2026)).extracting(WorkingDayCalendar.Holiday::from).isSorted();
        assertThat(calendar.makeupWorkdays(2026)).hasSize(6).isSorted()
                .startsWith(LocalDate.of(2026, 1, 4)).endsWith(LocalDate.of(2026, 10, 10));
        assertThatThrownBy(() -> calendar.holidays(2027)).isInstanceOf(UnknownCalendarYearException.class);
    }

    @Test
    void a_weekday_holiday_is_a_rest_day() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    @Test
    void a_make_up_weekend_day_is_a_working_day() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday before Spring Festival").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("Saturday after National Day").isTrue();
    }

    @Test
    void an_ordinary_weekend_is_a_rest_day() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 15))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 16))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 17))).isTrue();
    }

    @Test
    void five_working_days_from_a_friday_end_on_the_next_friday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 3, 14), 5)).isEqualTo(LocalDate.of(2025, 3, 21));
    }

    @Test
    void a_limit_running_over_national_day_skips_the_holiday_and_counts_the_make_up_saturday() {
        // 2025-09-30 (Tue) + 1 working day: Oct 1–8 are holidays, Oct 9 is the next working day.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        // Oct 9 (Thu), Oct 10 (Fri), Oct 11 (make-up Saturday).
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void the_make_up_sunday_before_a_holiday_counts() {
        // 2025-09-26 (Fri) + 1: Sep 27 is a Saturday, Sep 28 a make-up Sunday.
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 1)).isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void zero_working_days_is_the_start_date() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 10, 3), 0)).isEqualTo(LocalDate.of(2025, 10, 3));
    }

    @Test
    void working_days_between_counts_elapsed_working_days_and_is_antisymmetric() {
        LocalDate before = LocalDate.of(2026, 9, 24);
        LocalDate after = LocalDate.of(2026, 10, 12);
        // Sep 25–27 Mid-Autumn, Oct 1–7 National Day, Oct 10 make-up Saturday:
        // working days are Sep 28, 29, 30, Oct 8, 9, 10, 12.
        assertThat(calendar.workingDaysBetween(before, after)).isEqualTo(7);
        assertThat(calendar.workingDaysBetween(after, before)).isEqualTo(-7);
        assertThat(calendar.addWorkingDays(before, 7)).isEqualTo(after);
    }

    @Test
    void a_date_in_an_unknown_year_is_an_error_not_a_guess() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2027, 1, 4)))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2027")
                .hasMessageContaining("[2025, 2026]");
    }

    @Test
    void a_limit_running_into_an_unknown_year_is_an_error() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 12, 28), 10))
                .isInstanceOf(UnknownCalendarYearException.class);
    }

    @Test
    void a_new_year_is_a_data_change_only() {
        WorkingDayCalendar extended = WorkingDayCalendarLoader.load(yaml("""
                2030:
                  holidays:
                    - {name: 元旦 New Year, from: 2030-01-01, to: 2030-01-01}
                  makeupWorkdays: [2030-01-05]
                """));
        assertThat(extended.knownYears()).containsExactly(2030);
        assertThat(extended.isWorkingDay(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(extended.isWorkingDay(LocalDate.of(2030, 1, 5))).isTrue();
    }

    @Test
    void a_malformed_calendar_fails_loudly() {
        assertThatThrownBy(() -> WorkingDayCalendarLoader.load(yaml("""
                2030:
                  holidays:
                    - {name: wrong, from: 2030-02-10, to: 2030-02-01}
                """))).hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> WorkingDayCalendarLoader.load(yaml("""
                2030:
                  makeupWorkdays: [2031-01-05]
                """))).hasMessageContaining("listed under 2030");
        assertThatThrownBy(() -> WorkingDayCalendarLoader.load(yaml("""
                2030:
                  holidays:
                    - {name: both, from: 2030-01-05, to: 2030-01-05}
                  makeupWorkdays: [2030-01-05]
                """))).hasMessageContaining("both a holiday and a make-up");
    }

    private static ByteArrayInputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

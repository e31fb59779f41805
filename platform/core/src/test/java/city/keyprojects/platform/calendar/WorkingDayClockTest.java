package city.keyprojects.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class WorkingDayClockTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static WorkingDayClock started(LocalDate day, int limit) {
        return WorkingDayClock.startedOn(day, limit, CALENDAR);
    }

    @Test
    void the_due_date_is_the_limit_in_working_days_counted_from_the_day_after_the_start() {
        // Monday 2025-11-03: two plain weeks.
        assertThat(started(d(2025, 11, 3), 10).dueDate()).isEqualTo(d(2025, 11, 17));
        assertThat(started(d(2025, 11, 3), 1).dueDate()).isEqualTo(d(2025, 11, 4));
        // Received on a Friday, five working days: the following Friday.
        assertThat(started(d(2025, 11, 7), 5).dueDate()).isEqualTo(d(2025, 11, 14));
        // Received on a Saturday: Monday is the first day.
        assertThat(started(d(2025, 11, 8), 1).dueDate()).isEqualTo(d(2025, 11, 10));
        WorkingDayClock clock = started(d(2025, 11, 3), 10);
        assertThat(clock.startedOn()).isEqualTo(d(2025, 11, 3));
        assertThat(clock.limitWorkingDays()).isEqualTo(10);
        assertThat(clock.paused()).isFalse();
        assertThat(clock.changes()).isEmpty();
    }

    @Test
    void a_limit_running_into_national_day_2025_skips_the_holiday_and_counts_the_make_up_workdays() {
        // Friday 2025-09-26: Sunday 09-28 is a make-up workday, 10-01..10-08 are off, Saturday 10-11 is worked.
        assertThat(started(d(2025, 9, 26), 1).dueDate()).isEqualTo(d(2025, 9, 28));
        assertThat(started(d(2025, 9, 26), 2).dueDate()).isEqualTo(d(2025, 9, 29));
        assertThat(started(d(2025, 9, 26), 5).dueDate()).isEqualTo(d(2025, 10, 10));
        assertThat(started(d(2025, 9, 26), 6).dueDate()).isEqualTo(d(2025, 10, 11));
        assertThat(started(d(2025, 9, 26), 10).dueDate()).isEqualTo(d(2025, 10, 16));
        assertThat(started(d(2025, 9, 30), 1).dueDate()).isEqualTo(d(2025, 10, 9));
        // Started on a holiday: the first working day after it is day one.
        assertThat(started(d(2025, 10, 3), 2).dueDate()).isEqualTo(d(2025, 10, 10));
    }

    @Test
    void a_limit_running_into_spring_festival_2026_skips_the_holiday_and_counts_the_make_up_workdays() {
        // Thursday 2026-02-12: Saturday 02-14 is worked, 02-15..02-23 are off, Saturday 02-28 is worked.
        assertThat(started(d(2026, 2, 12), 2).dueDate()).isEqualTo(d(2026, 2, 14));
        assertThat(started(d(2026, 2, 12), 3).dueDate()).isEqualTo(d(2026, 2, 24));
        assertThat(started(d(2026, 2, 12), 5).dueDate()).isEqualTo(d(2026, 2, 26));
        assertThat(started(d(2026, 2, 12), 7).dueDate()).isEqualTo(d(2026, 2, 28));
        assertThat(started(d(2026, 2, 12), 10).dueDate()).isEqualTo(d(2026, 3, 4));
    }

    @Test
    void a_limit_running_over_new_year_2026_crosses_into_the_new_calendar_year() {
        // Wednesday 2025-12-31: 2026-01-01..01-03 are off, Sunday 01-04 is worked.
        assertThat(started(d(2025, 12, 31), 1).dueDate()).isEqualTo(d(2026, 1, 4));
        assertThat(started(d(2025, 12, 31), 2).dueDate()).isEqualTo(d(2026, 1, 5));
        assertThat(started(d(2025, 12, 31), 5).dueDate()).isEqualTo(d(2026, 1, 8));
    }

    @Test
    void a_pause_spanning_national_day_moves_the_due_date_by_the_working_days_only() {
        // Monday 2025-09-22, ten working days: due Saturday 10-11 (a make-up workday).
        WorkingDayClock clock = started(d(2025, 9, 22), 10);
        assertThat(clock.dueDate()).isEqualTo(d(2025, 10, 11));

        // Stopped from the end of 09-29, running again from the end of 10-10: 09-30, 10-09 and 10-10 stood still.
        WorkingDayClock resumed = clock.pausedOn(d(2025, 9, 29)).resumedOn(d(2025, 10, 10), "corrected", CALENDAR);

        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedWorkingDays()).isEqualTo(3);
        assertThat(resumed.dueDate()).isEqualTo(d(2025, 10, 15));
        assertThat(resumed.changes()).containsExactly(
                new DueDateChange(d(2025, 10, 11), d(2025, 10, 15), "corrected", d(2025, 10, 10)));
        assertThat(resumed.elapsedOn(d(2025, 10, 10), CALENDAR)).isEqualTo(6);
        assertThat(resumed.remainingOn(d(2025, 10, 15), CALENDAR)).isZero();
    }

    @Test
    void a_pause_spanning_spring_festival_moves_the_due_date_by_the_working_days_only() {
        // Monday 2026-02-09, five working days: due Saturday 02-14 (a make-up workday).
        WorkingDayClock clock = started(d(2026, 2, 9), 5);
        assertThat(clock.dueDate()).isEqualTo(d(2026, 2, 14));

        // Stopped from the end of Friday 02-13 until Tuesday 02-24: only 02-14 and 02-24 were working days.
        WorkingDayClock resumed = clock.pausedOn(d(2026, 2, 13)).resumedOn(d(2026, 2, 24), "cured", CALENDAR);

        assertThat(resumed.pausedWorkingDays()).isEqualTo(2);
        assertThat(resumed.dueDate()).isEqualTo(d(2026, 2, 25));
    }

    @Test
    void a_pause_over_a_plain_weekend_costs_nothing() {
        WorkingDayClock clock = started(d(2025, 11, 3), 10);

        WorkingDayClock resumed = clock.pausedOn(d(2025, 11, 7)).resumedOn(d(2025, 11, 9), "weekend", CALENDAR);

        assertThat(resumed.dueDate()).isEqualTo(clock.dueDate());
        assertThat(resumed.pausedWorkingDays()).isZero();
        assertThat(resumed.changes()).as("no move, nothing recorded").isEmpty();
    }

    @Test
    void a_stopped_clock_stays_stopped_from_its_first_day_and_a_running_one_is_not_resumed() {
        WorkingDayClock clock = started(d(2025, 11, 3), 10);

        WorkingDayClock paused = clock.pausedOn(d(2025, 11, 4)).pausedOn(d(2025, 11, 6));

        assertThat(paused.pausedSince()).isEqualTo(d(2025, 11, 4));
        assertThat(clock.resumedOn(d(2025, 11, 6), "nothing", CALENDAR)).isEqualTo(clock);
    }

    @Test
    void elapsed_and_remaining_working_days_leave_out_weekends_and_the_days_the_clock_stood_still() {
        WorkingDayClock clock = started(d(2025, 11, 3), 10);
        assertThat(clock.elapsedOn(d(2025, 11, 3), CALENDAR)).isZero();
        assertThat(clock.remainingOn(d(2025, 11, 3), CALENDAR)).isEqualTo(10);
        assertThat(clock.elapsedOn(d(2025, 11, 9), CALENDAR)).isEqualTo(4);
        assertThat(clock.remainingOn(d(2025, 11, 9), CALENDAR)).isEqualTo(6);
        assertThat(clock.remainingOn(d(2025, 11, 17), CALENDAR)).isZero();
        assertThat(clock.remainingOn(d(2025, 11, 18), CALENDAR)).isEqualTo(-1);

        WorkingDayClock paused = clock.pausedOn(d(2025, 11, 5));
        assertThat(paused.elapsedOn(d(2025, 11, 10), CALENDAR)).as("11-04 and 11-05 ran").isEqualTo(2);
        assertThat(paused.remainingOn(d(2025, 11, 10), CALENDAR)).isEqualTo(8);

        WorkingDayClock resumed = paused.resumedOn(d(2025, 11, 10), "back", CALENDAR);
        assertThat(resumed.elapsedOn(d(2025, 11, 12), CALENDAR)).as("plus 11-11 and 11-12").isEqualTo(4);
        assertThat(resumed.remainingOn(d(2025, 11, 20), CALENDAR)).isZero();
    }

    @Test
    void elapsed_working_days_count_the_make_up_workdays_and_not_the_holiday() {
        WorkingDayClock clock = started(d(2025, 9, 26), 10);

        assertThat(clock.elapsedOn(d(2025, 10, 8), CALENDAR)).as("09-28, 09-29, 09-30").isEqualTo(3);
        assertThat(clock.elapsedOn(d(2025, 10, 12), CALENDAR)).as("plus 10-09, 10-10, 10-11").isEqualTo(6);
    }

    @Test
    void an_item_is_overdue_only_from_one_working_day_past_its_due_date() {
        WorkingDayClock clock = started(d(2025, 11, 3), 10);
        assertThat(clock.overdueOn(d(2025, 11, 17), CALENDAR)).as("on the due date").isFalse();
        assertThat(clock.workingDaysOverdueOn(d(2025, 11, 17), CALENDAR)).isZero();
        assertThat(clock.overdueOn(d(2025, 11, 18), CALENDAR)).isTrue();
        assertThat(clock.workingDaysOverdueOn(d(2025, 11, 18), CALENDAR)).isEqualTo(1);

        // Due on Friday 11-14: the weekend after it is no working day past it.
        WorkingDayClock dueOnFriday = started(d(2025, 11, 7), 5);
        assertThat(dueOnFriday.overdueOn(d(2025, 11, 15), CALENDAR)).isFalse();
        assertThat(dueOnFriday.overdueOn(d(2025, 11, 16), CALENDAR)).isFalse();
        assertThat(dueOnFriday.workingDaysOverdueOn(d(2025, 11, 17), CALENDAR)).isEqualTo(1);

        // Due on Friday 2025-10-10: the make-up Saturday after it is.
        WorkingDayClock beforeMakeUpSaturday = started(d(2025, 9, 26), 5);
        assertThat(beforeMakeUpSaturday.workingDaysOverdueOn(d(2025, 10, 11), CALENDAR)).isEqualTo(1);
    }

    @Test
    void the_days_overdue_do_not_grow_over_a_holiday() {
        // Due Friday 2025-09-26; overdue on make-up Sunday 09-28, then nothing grows until 10-09.
        WorkingDayClock clock = started(d(2025, 9, 24), 2);
        assertThat(clock.dueDate()).isEqualTo(d(2025, 9, 26));
        assertThat(clock.workingDaysOverdueOn(d(2025, 9, 28), CALENDAR)).isEqualTo(1);
        assertThat(clock.workingDaysOverdueOn(d(2025, 9, 30), CALENDAR)).isEqualTo(3);
        assertThat(clock.workingDaysOverdueOn(d(2025, 10, 8), CALENDAR)).isEqualTo(3);
        assertThat(clock.workingDaysOverdueOn(d(2025, 10, 9), CALENDAR)).isEqualTo(4);
    }

    @Test
    void a_stopped_clock_is_never_overdue() {
        WorkingDayClock paused = started(d(2025, 11, 3), 2).pausedOn(d(2025, 11, 4));

        assertThat(paused.overdueOn(d(2025, 11, 28), CALENDAR)).isFalse();
        assertThat(paused.workingDaysOverdueOn(d(2025, 11, 28), CALENDAR)).isZero();
    }

    @Test
    void every_due_date_change_is_recorded_with_its_reason_and_a_restart_counts_the_full_limit_again() {
        WorkingDayClock clock = started(d(2025, 11, 3), 10)
                .pausedOn(d(2025, 11, 4)).resumedOn(d(2025, 11, 6), "first correction", CALENDAR)
                .pausedOn(d(2025, 11, 10)).resumedOn(d(2025, 11, 11), "second correction", CALENDAR);
        assertThat(clock.pausedWorkingDays()).isEqualTo(3);

        WorkingDayClock restarted = clock.pausedOn(d(2025, 11, 12)).restartedOn(d(2025, 12, 2), "returned", CALENDAR);

        assertThat(restarted.changes()).containsExactly(
                new DueDateChange(d(2025, 11, 17), d(2025, 11, 19), "first correction", d(2025, 11, 6)),
                new DueDateChange(d(2025, 11, 19), d(2025, 11, 20), "second correction", d(2025, 11, 11)),
                new DueDateChange(d(2025, 11, 20), d(2025, 12, 16), "returned", d(2025, 12, 2)));
        assertThat(restarted.startedOn()).isEqualTo(d(2025, 12, 2));
        assertThat(restarted.dueDate()).isEqualTo(d(2025, 12, 16));
        assertThat(restarted.paused()).isFalse();
        assertThat(restarted.pausedWorkingDays()).isZero();
        assertThat(restarted.remainingOn(d(2025, 12, 2), CALENDAR)).isEqualTo(10);
    }
}

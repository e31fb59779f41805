package city.keyprojects.project.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.RuleViolationException;

class BackwardPlanningTemplateTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    @Test
    void counting_back_crosses_national_day_and_counts_its_saturday_make_up_day() {
        // 2026: 1–7 October are holidays, Saturday 10 October is a make-up working day.
        LocalDate mondayAfter = LocalDate.of(2026, 10, 12);
        assertThat(BackwardPlanningTemplate.workingDaysBefore(mondayAfter, 1, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(BackwardPlanningTemplate.workingDaysBefore(mondayAfter, 3, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(BackwardPlanningTemplate.workingDaysBefore(mondayAfter, 4, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        // Back over National Day and the Mid-Autumn holiday (25–27 September).
        assertThat(BackwardPlanningTemplate.workingDaysBefore(mondayAfter, 10, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 9, 21));
    }

    @Test
    void zero_working_days_before_a_rest_day_is_the_working_day_before_it() {
        assertThat(BackwardPlanningTemplate.workingDaysBefore(LocalDate.of(2026, 10, 3), 0, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(BackwardPlanningTemplate.workingDaysBefore(LocalDate.of(2026, 10, 10), 0, CALENDAR))
                .isEqualTo(LocalDate.of(2026, 10, 10));
    }

    @Test
    void counting_back_is_the_inverse_of_the_calendars_limit_counting_on_every_day_of_the_year() {
        for (LocalDate date = LocalDate.of(2026, 4, 1); date.isBefore(LocalDate.of(2026, 12, 31)); date = date.plusDays(1)) {
            for (int workingDays : new int[] {0, 1, 3, 10, 40}) {
                LocalDate due = BackwardPlanningTemplate.workingDaysBefore(date, workingDays, CALENDAR);
                assertThat(CALENDAR.isWorkingDay(due)).as("%s - %d is a working day", date, workingDays).isTrue();
                assertThat(CALENDAR.workingDaysBetween(due, date)).as("%s - %d", date, workingDays)
                        .isEqualTo(workingDays);
                // The latest such day: the next working day leaves fewer than that many.
                LocalDate next = CALENDAR.addWorkingDays(due, 1);
                assertThat(!next.isAfter(date) && CALENDAR.workingDaysBetween(next, date) == workingDays)
                        .as("%s - %d is the latest", date, workingDays).isFalse();
            }
        }
    }

    @Test
    void a_production_task_needs_a_production_target() {
        TargetDates withoutProduction = new TargetDates(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 12, 30),
                null);
        assertThatThrownBy(() -> BackwardPlanningTemplate.dueDate(TaskKind.PRODUCTION_PERMITS, withoutProduction,
                CALENDAR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(BackwardPlanningTemplate.PRODUCTION_TARGET_NEEDED));
    }

    @Test
    void only_template_kinds_are_planned_backwards() {
        assertThat(TaskKind.LAND_SUPPLY.isBackwardPlanned()).isTrue();
        assertThat(TaskKind.OFFICER_NAMED.isBackwardPlanned()).isFalse();
        assertThat(TaskKind.CUSTOM.isBackwardPlanned()).isFalse();
        assertThatThrownBy(() -> BackwardPlanningTemplate.step(TaskKind.CUSTOM))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package city.keyprojects.project.promotion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.project.registry.domain.Sector;

class OnboardingClockTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    @Test
    void a_project_signed_the_day_before_national_day_gets_its_deadlines_after_the_holiday() {
        // Wednesday 30 September 2026; 1–7 October off; Saturday 10 October a make-up working day.
        List<PromotionTask> tasks = OnboardingClock.tasks(LocalDate.of(2026, 9, 30), CALENDAR);

        assertThat(tasks).extracting(PromotionTask::kind).containsExactly(TaskKind.OFFICER_NAMED,
                TaskKind.SITE_SURVEY, TaskKind.LAND_SUPPLY_STARTED, TaskKind.PROMOTION_MEETING);
        assertThat(tasks).extracting(PromotionTask::dueDate).containsExactly(LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 13));
        assertThat(tasks).extracting(PromotionTask::taskId).containsExactly("officer-named", "site-survey",
                "land-supply-started", "promotion-meeting");
    }

    @Test
    void a_project_registered_on_a_holiday_counts_from_the_day_after_like_any_limit() {
        List<PromotionTask> tasks = OnboardingClock.tasks(LocalDate.of(2026, 10, 3), CALENDAR);

        assertThat(tasks).extracting(PromotionTask::dueDate).containsExactly(LocalDate.of(2026, 10, 8),
                LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 13));
    }

    @Test
    void an_ordinary_week_has_the_deadlines_on_the_next_working_days() {
        // Friday 13 November 2026: the weekend does not count.
        List<PromotionTask> tasks = OnboardingClock.tasks(LocalDate.of(2026, 11, 13), CALENDAR);

        assertThat(tasks).extracting(PromotionTask::dueDate).containsExactly(LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 20));
    }

    @Test
    void naming_the_officer_is_the_centres_task_and_the_others_wait_for_the_officer() {
        List<PromotionTask> tasks = OnboardingClock.tasks(LocalDate.of(2026, 11, 13), CALENDAR);

        assertThat(tasks.get(0).ownerDepartment()).isEqualTo(OnboardingClock.CENTRE);
        assertThat(tasks.subList(1, 4)).allSatisfy(task -> {
            assertThat(task.ownerDepartment()).isNull();
            assertThat(task.ownerPerson()).isNull();
        });
    }

    @Test
    void only_industrial_projects_start_the_clock() {
        assertThat(OnboardingClock.appliesTo(Sector.INDUSTRIAL)).isTrue();
        assertThat(OnboardingClock.appliesTo(Sector.URBAN_CONSTRUCTION)).isFalse();
        assertThat(OnboardingClock.appliesTo(Sector.LIVELIHOOD)).isFalse();
        assertThat(OnboardingClock.appliesTo(Sector.OTHER)).isFalse();
        assertThat(OnboardingClock.appliesTo(null)).isFalse();
    }
}

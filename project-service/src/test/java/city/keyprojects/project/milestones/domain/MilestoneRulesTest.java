package city.keyprojects.project.milestones.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.RuleViolationException;

class MilestoneRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void a_milestone_is_missed_only_once_its_planned_day_has_passed_unreached() {
        assertThat(MilestoneRules.isMissed(planned("m", MilestoneKind.START, TODAY.minusDays(1)), TODAY)).isTrue();
        assertThat(MilestoneRules.isMissed(planned("m", MilestoneKind.START, TODAY), TODAY)).isFalse();
        assertThat(MilestoneRules.isMissed(planned("m", MilestoneKind.START, TODAY.plusDays(1)), TODAY)).isFalse();
        Milestone reachedLate = new Milestone("m", MilestoneKind.START, null, TODAY.minusDays(9), TODAY, false);
        assertThat(MilestoneRules.isMissed(reachedLate, TODAY)).isFalse();
    }

    @Test
    void a_miss_already_reported_is_not_to_report_again() {
        Milestone reported = new Milestone("m", MilestoneKind.START, null, TODAY.minusDays(3), null, true);
        assertThat(MilestoneRules.isMissed(reported, TODAY)).isTrue();
        assertThat(MilestoneRules.isMissToReport(reported, TODAY)).isFalse();
        assertThat(MilestoneRules.isMissToReport(planned("m", MilestoneKind.START, TODAY.minusDays(3)), TODAY))
                .isTrue();
    }

    @Test
    void each_standard_kind_at_most_once_custom_ones_as_often_as_needed() {
        assertThatCode(() -> MilestoneRules.requireOneOfEachStandardKind(List.of(MilestoneKind.START,
                MilestoneKind.COMPLETION, MilestoneKind.CUSTOM, MilestoneKind.CUSTOM))).doesNotThrowAnyException();
        assertThatThrownBy(() -> MilestoneRules.requireOneOfEachStandardKind(
                List.of(MilestoneKind.START, MilestoneKind.CUSTOM, MilestoneKind.START)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ONE_OF_EACH_STANDARD_KIND));
    }

    @Test
    void planned_dates_of_standard_kinds_follow_start_topping_out_completion_production() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertThatCode(() -> MilestoneRules.requireStandardMilestonesInOrder(List.of(
                planned("p", MilestoneKind.PRODUCTION, d.plusDays(300)),
                planned("s", MilestoneKind.START, d),
                planned("c", MilestoneKind.COMPLETION, d.plusDays(200)),
                planned("t", MilestoneKind.TOPPING_OUT, d.plusDays(200)),
                // A custom milestone may be anywhere.
                new Milestone("x", MilestoneKind.CUSTOM, "设备进场", d.minusDays(30), null, false))))
                .doesNotThrowAnyException();
        // An absent kind is skipped: completion is compared with start.
        assertThatThrownBy(() -> MilestoneRules.requireStandardMilestonesInOrder(List.of(
                planned("s", MilestoneKind.START, d), planned("c", MilestoneKind.COMPLETION, d.minusDays(1)))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.STANDARD_MILESTONES_IN_ORDER))
                .hasMessageContaining("planned date of COMPLETION");
    }

    @Test
    void actual_dates_of_standard_kinds_are_in_order_too_among_those_recorded() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        Milestone start = new Milestone("s", MilestoneKind.START, null, d, d.plusDays(10), false);
        Milestone toppingOut = new Milestone("t", MilestoneKind.TOPPING_OUT, null, d.plusDays(100), d.plusDays(5),
                false);
        assertThatThrownBy(() -> MilestoneRules.requireStandardMilestonesInOrder(List.of(start, toppingOut)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.STANDARD_MILESTONES_IN_ORDER))
                .hasMessageContaining("actual date of TOPPING_OUT");
        Milestone notReached = planned("t", MilestoneKind.TOPPING_OUT, d.plusDays(100));
        assertThatCode(() -> MilestoneRules.requireStandardMilestonesInOrder(List.of(start, notReached)))
                .doesNotThrowAnyException();
    }

    @Test
    void an_actual_date_may_be_today_but_not_tomorrow() {
        assertThatCode(() -> MilestoneRules.requireActualDateNotInFuture(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MilestoneRules.requireActualDateNotInFuture(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ACTUAL_DATE_NOT_IN_FUTURE));
    }

    @Test
    void an_actual_date_is_recorded_once_and_repeating_the_same_day_is_harmless() {
        Milestone reached = new Milestone("m", MilestoneKind.START, null, TODAY, TODAY.minusDays(1), false);
        assertThatCode(() -> MilestoneRules.requireActualDateRecordedOnce(reached, TODAY.minusDays(1)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MilestoneRules.requireActualDateRecordedOnce(reached, TODAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ACTUAL_DATE_RECORDED_ONCE));
    }

    @Test
    void a_reached_milestone_is_kept_and_only_a_recorded_date_is_corrected() {
        Milestone reached = new Milestone("m", MilestoneKind.START, null, TODAY, TODAY, false);
        Milestone open = planned("m", MilestoneKind.START, TODAY);
        assertThatThrownBy(() -> MilestoneRules.requireReachedMilestoneKept(reached))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.REACHED_MILESTONE_KEPT));
        assertThatCode(() -> MilestoneRules.requireReachedMilestoneKept(open)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MilestoneRules.requireActualDateToCorrect(open))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.CORRECTION_NEEDS_ACTUAL_DATE));
        assertThatCode(() -> MilestoneRules.requireActualDateToCorrect(reached)).doesNotThrowAnyException();
    }

    @Test
    void dates_outside_this_century_are_implausible() {
        assertThat(MilestoneRules.isPlausible(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(MilestoneRules.isPlausible(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(MilestoneRules.isPlausible(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(MilestoneRules.isPlausible(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void a_custom_milestone_needs_a_short_name_and_a_standard_one_has_none() {
        assertThatThrownBy(() -> new Milestone("m", MilestoneKind.CUSTOM, null, TODAY, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Milestone("m", MilestoneKind.CUSTOM, "长".repeat(101), TODAY, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Milestone("m", MilestoneKind.START, "开工", TODAY, null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Milestone("m", MilestoneKind.CUSTOM, "长".repeat(100), TODAY, null, false).name())
                .hasSize(100);
    }

    private static Milestone planned(String id, MilestoneKind kind, LocalDate plannedDate) {
        return new Milestone(id, kind, null, plannedDate, null, false);
    }
}

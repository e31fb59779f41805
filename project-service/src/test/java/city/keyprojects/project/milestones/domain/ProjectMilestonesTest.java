package city.keyprojects.project.milestones.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.problem.RuleViolationException;

class ProjectMilestonesTest {

    private static final Instant NOW = Instant.parse("2026-05-20T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final LocalDate START = LocalDate.of(2026, 6, 1);
    private static final LocalDate TOPPING_OUT = LocalDate.of(2026, 12, 1);

    private final AtomicInteger counter = new AtomicInteger();
    private final Supplier<String> ids = () -> "m" + counter.incrementAndGet();

    @Test
    void a_first_plan_adds_each_milestone_with_one_event_each_earliest_first() {
        ProjectMilestones.Result result = ProjectMilestones.none("p-1").plan(List.of(
                line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT),
                line(null, MilestoneKind.START, null, START),
                line(null, MilestoneKind.CUSTOM, "设备进场", LocalDate.of(2026, 9, 1))), TODAY, NOW, ids);

        assertThat(result.milestones().milestones()).extracting(Milestone::kind)
                .containsExactly(MilestoneKind.START, MilestoneKind.CUSTOM, MilestoneKind.TOPPING_OUT);
        assertThat(result.events()).containsExactly(
                new MilestonePlanned("p-1", "m1", MilestoneKind.TOPPING_OUT, null, TOPPING_OUT, NOW),
                new MilestonePlanned("p-1", "m2", MilestoneKind.START, null, START, NOW),
                new MilestonePlanned("p-1", "m3", MilestoneKind.CUSTOM, "设备进场", LocalDate.of(2026, 9, 1), NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.milestone-planned");
        assertThat(result.events().get(0).subject()).isEqualTo("p-1");
    }

    @Test
    void the_same_plan_again_changes_nothing() {
        ProjectMilestones planned = startAndToppingOut();

        ProjectMilestones.Result result = planned.plan(List.of(line(null, MilestoneKind.START, null, START),
                line("m2", MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)), TODAY, NOW, ids);

        assertThat(result.events()).isEmpty();
        assertThat(result.milestones()).isEqualTo(planned);
    }

    @Test
    void a_standard_kind_is_replanned_by_its_kind_and_the_event_keeps_the_previous_date() {
        ProjectMilestones planned = startAndToppingOut();

        ProjectMilestones.Result result = planned.plan(List.of(line(null, MilestoneKind.START, null,
                START.plusDays(10)), line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)), TODAY, NOW, ids);

        assertThat(result.events()).containsExactly(new MilestoneReplanned("p-1", "m1", MilestoneKind.START, null,
                START.plusDays(10), null, START, false, NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.milestone-replanned");
        assertThat(result.milestones().milestone("m1").orElseThrow().plannedDate()).isEqualTo(START.plusDays(10));
    }

    @Test
    void a_milestone_left_out_of_the_plan_is_removed() {
        ProjectMilestones.Result result = startAndToppingOut().plan(
                List.of(line(null, MilestoneKind.START, null, START)), TODAY, NOW, ids);

        assertThat(result.milestones().milestones()).extracting(Milestone::milestoneId).containsExactly("m1");
        assertThat(result.events()).containsExactly(
                new MilestoneRemoved("p-1", "m2", MilestoneKind.TOPPING_OUT, null, TOPPING_OUT, NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.milestone-removed");
    }

    @Test
    void a_custom_milestone_is_renamed_through_its_id_and_a_custom_line_without_id_adds_another() {
        ProjectMilestones planned = ProjectMilestones.none("p-1").plan(
                List.of(line(null, MilestoneKind.CUSTOM, "设备进场", START)), TODAY, NOW, ids).milestones();

        ProjectMilestones.Result result = planned.plan(List.of(line("m1", MilestoneKind.CUSTOM, "主要设备进场", START),
                line(null, MilestoneKind.CUSTOM, "设备进场", START)), TODAY, NOW, ids);

        assertThat(result.events()).containsExactly(
                new MilestoneReplanned("p-1", "m1", MilestoneKind.CUSTOM, "主要设备进场", START, "设备进场", START, false,
                        NOW),
                new MilestonePlanned("p-1", "m2", MilestoneKind.CUSTOM, "设备进场", START, NOW));
    }

    @Test
    void a_plan_naming_an_unknown_or_mismatched_milestone_or_one_twice_is_invalid() {
        ProjectMilestones planned = startAndToppingOut();

        assertThatThrownBy(() -> planned.plan(List.of(line("nope", MilestoneKind.START, null, START)), TODAY, NOW,
                ids)).isInstanceOf(InvalidInputException.class).hasMessageContaining("milestones[0].milestoneId");
        assertThatThrownBy(() -> planned.plan(List.of(line("m1", MilestoneKind.COMPLETION, null, START)), TODAY, NOW,
                ids)).isInstanceOf(InvalidInputException.class).hasMessageContaining("is a START milestone");
        assertThatThrownBy(() -> planned.plan(List.of(line("m1", MilestoneKind.START, null, START),
                line("m1", MilestoneKind.START, null, START)), TODAY, NOW, ids))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void a_plan_with_two_starts_or_out_of_order_is_refused() {
        assertThatThrownBy(() -> ProjectMilestones.none("p-1").plan(List.of(line(null, MilestoneKind.START, null,
                START), line(null, MilestoneKind.START, null, TOPPING_OUT)), TODAY, NOW, ids))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ONE_OF_EACH_STANDARD_KIND));
        assertThatThrownBy(() -> ProjectMilestones.none("p-1").plan(List.of(line(null, MilestoneKind.START, null,
                TOPPING_OUT), line(null, MilestoneKind.TOPPING_OUT, null, START)), TODAY, NOW, ids))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.STANDARD_MILESTONES_IN_ORDER));
    }

    @Test
    void a_reached_milestone_can_be_neither_replanned_nor_removed() {
        ProjectMilestones reached = startAndToppingOut().reach("m1", TODAY, TODAY.plusDays(1), NOW).milestones();

        assertThatThrownBy(() -> reached.plan(List.of(line(null, MilestoneKind.START, null, START.plusDays(1)),
                line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)), TODAY, NOW, ids))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.REACHED_MILESTONE_KEPT));
        assertThatThrownBy(() -> reached.plan(List.of(line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)),
                TODAY, NOW, ids))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.REACHED_MILESTONE_KEPT));
    }

    @Test
    void reaching_records_the_actual_date_once_and_the_same_day_again_is_no_change() {
        ProjectMilestones planned = startAndToppingOut();

        ProjectMilestones.Result result = planned.reach("m1", TODAY.minusDays(2), TODAY, NOW);

        assertThat(result.milestones().milestone("m1").orElseThrow().actualDate()).isEqualTo(TODAY.minusDays(2));
        assertThat(result.events()).containsExactly(new MilestoneReached("p-1", "m1", MilestoneKind.START, null,
                START, TODAY.minusDays(2), NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.milestone-reached");
        ProjectMilestones reached = result.milestones();
        assertThat(reached.reach("m1", TODAY.minusDays(2), TODAY, NOW).events()).isEmpty();
        assertThatThrownBy(() -> reached.reach("m1", TODAY.minusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ACTUAL_DATE_RECORDED_ONCE));
    }

    @Test
    void reaching_in_the_future_out_of_order_or_an_unknown_milestone_is_refused() {
        ProjectMilestones planned = startAndToppingOut();

        assertThatThrownBy(() -> planned.reach("m1", TODAY.plusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.ACTUAL_DATE_NOT_IN_FUTURE));
        ProjectMilestones started = planned.reach("m1", TODAY, TODAY, NOW).milestones();
        assertThatThrownBy(() -> started.reach("m2", TODAY.minusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.STANDARD_MILESTONES_IN_ORDER));
        assertThatThrownBy(() -> planned.reach("nope", TODAY, TODAY, NOW)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_correction_keeps_the_earlier_actual_date_and_the_reason() {
        ProjectMilestones reached = startAndToppingOut().reach("m1", TODAY.minusDays(2), TODAY, NOW).milestones();

        ProjectMilestones.Result result = reached.correctActualDate("m1", TODAY.minusDays(5), "监理日志为准", TODAY, NOW);

        assertThat(result.milestones().milestone("m1").orElseThrow().actualDate()).isEqualTo(TODAY.minusDays(5));
        assertThat(result.events()).containsExactly(new MilestoneActualDateCorrected("p-1", "m1",
                MilestoneKind.START, null, START, TODAY.minusDays(5), TODAY.minusDays(2), "监理日志为准", NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.milestone-actual-date-corrected");
        assertThat(reached.correctActualDate("m1", TODAY.minusDays(2), "同一天", TODAY, NOW).events()).isEmpty();
        assertThatThrownBy(() -> reached.correctActualDate("m1", TODAY.plusDays(1), "x", TODAY, NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> reached.correctActualDate("m2", TODAY, "x", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(MilestoneRules.CORRECTION_NEEDS_ACTUAL_DATE));
    }

    @Test
    void a_missed_milestone_is_reported_once() {
        ProjectMilestones planned = startAndToppingOut();
        LocalDate dayAfterStart = START.plusDays(1);

        assertThat(planned.reportMissed(START).events()).as("on the planned day it is not missed yet").isEmpty();
        ProjectMilestones.Result first = planned.reportMissed(dayAfterStart);

        assertThat(first.events()).containsExactly(new MilestoneMissed("p-1", "m1", MilestoneKind.START, null, START,
                dayAfterStart));
        assertThat(first.events().get(0).type()).isEqualTo("project.milestone-missed");
        assertThat(first.milestones().reportMissed(dayAfterStart.plusDays(7)).events()).isEmpty();
    }

    @Test
    void a_missed_milestone_replanned_later_is_recorded_as_such_and_may_be_reported_missed_again() {
        LocalDate late = START.plusDays(3);
        ProjectMilestones missed = startAndToppingOut().reportMissed(late).milestones();
        LocalDate newStart = START.plusDays(30);

        ProjectMilestones.Result replanned = missed.plan(List.of(line(null, MilestoneKind.START, null, newStart),
                line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)), late, NOW, ids);

        assertThat(replanned.events()).containsExactly(new MilestoneReplanned("p-1", "m1", MilestoneKind.START, null,
                newStart, null, START, true, NOW));
        ProjectMilestones again = replanned.milestones();
        assertThat(again.reportMissed(newStart).events()).isEmpty();
        assertThat(again.reportMissed(newStart.plusDays(1)).events()).containsExactly(new MilestoneMissed("p-1",
                "m1", MilestoneKind.START, null, newStart, newStart.plusDays(1)));
    }

    @Test
    void renaming_a_reported_custom_milestone_keeps_its_miss_reported() {
        ProjectMilestones missed = ProjectMilestones.none("p-1").plan(
                List.of(line(null, MilestoneKind.CUSTOM, "设备进场", START)), TODAY, NOW, ids).milestones()
                .reportMissed(START.plusDays(1)).milestones();

        ProjectMilestones renamed = missed.plan(List.of(line("m1", MilestoneKind.CUSTOM, "主要设备进场", START)),
                START.plusDays(1), NOW, ids).milestones();

        assertThat(renamed.reportMissed(START.plusDays(2)).events()).isEmpty();
    }

    @Test
    void the_missed_milestones_as_of_a_day_are_those_passed_unreached() {
        ProjectMilestones planned = startAndToppingOut();

        assertThat(planned.missedOn(TOPPING_OUT.plusDays(1))).extracting(Milestone::milestoneId)
                .containsExactly("m1", "m2");
        assertThat(planned.missedOn(START)).isEmpty();
    }

    /** START m1 on 2026-06-01 and TOPPING_OUT m2 on 2026-12-01, planned on 2026-05-20. */
    private ProjectMilestones startAndToppingOut() {
        return ProjectMilestones.none("p-1").plan(List.of(line(null, MilestoneKind.START, null, START),
                line(null, MilestoneKind.TOPPING_OUT, null, TOPPING_OUT)), TODAY, NOW, ids).milestones();
    }

    private static PlannedMilestone line(String id, MilestoneKind kind, String name, LocalDate plannedDate) {
        return new PlannedMilestone(id, kind, name, plannedDate);
    }
}

package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.CALENDAR;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.acceptWithDeficiencies;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.platform.calendar.WorkingDayClock;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * Acceptance with deficiencies (容缺受理): zjj's ten-day item opened Monday 2025-11-03 (due 11-17), accepted on
 * 11-04 with the missing materials due by Friday 11-07; the last day to cure is 15 working days later, 11-28.
 */
class DeficienciesTest {

    private static final LocalDate CURE_DEADLINE = LocalDate.of(2025, 11, 7);
    private static final LocalDate LAST_DAY_TO_CURE = LocalDate.of(2025, 11, 28);

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 11, 3))
            .decide(PERMIT, acceptWithDeficiencies(CURE_DEADLINE, "施工合同"), LocalDate.of(2025, 11, 4));

    @Test
    void the_last_day_to_cure_is_fifteen_working_days_after_the_cure_deadline() {
        assertThat(DeficiencyCure.lastDayToCure(CURE_DEADLINE, CALENDAR)).isEqualTo(LAST_DAY_TO_CURE);
        // Over national day 2025: 09-29 + 15 working days skips 10-01..10-08 and counts Saturday 10-11.
        assertThat(DeficiencyCure.lastDayToCure(LocalDate.of(2025, 9, 29), CALENDAR))
                .isEqualTo(LocalDate.of(2025, 10, 27));
    }

    @Test
    void nothing_is_suspended_on_the_cure_deadline_itself() {
        story.passTime(CURE_DEADLINE);

        assertThat(story.eventsButOverdue()).isEmpty();
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED_WITH_DEFICIENCIES);
        assertThat(story.clock(PERMIT).paused()).isFalse();
    }

    @Test
    void materials_not_delivered_by_the_cure_deadline_suspend_the_item_and_stop_its_clock_from_the_deadline() {
        // Noticed only on Wednesday 11-12: the clock still stops from the end of 11-07.
        LocalDate noticed = LocalDate.of(2025, 11, 12);
        story.passTime(noticed);

        ApprovalItem item = story.item(PERMIT);
        assertThat(item.state()).isEqualTo(ItemState.SUSPENDED);
        assertThat(item.suspendedOn()).isEqualTo(LocalDate.of(2025, 11, 8));
        assertThat(item.version()).isEqualTo(3);
        assertThat(item.steps()).last().satisfies(step -> {
            assertThat(step.action()).isEqualTo("SUSPENDED");
            assertThat(step.by()).isEqualTo("system");
        });
        assertThat(story.clock(PERMIT).pausedSince()).isEqualTo(CURE_DEADLINE);
        assertThat(story.clock(PERMIT).elapsedOn(noticed, CALENDAR)).as("11-04 to 11-07").isEqualTo(4);
        assertThat(story.eventsButOverdue()).containsExactly(new ItemSuspended(story.approvalCase.caseId(), "P-1",
                ApprovalStage.CONSTRUCTION_PERMIT, PERMIT, "zjj", java.util.List.of("施工合同"), CURE_DEADLINE,
                LocalDate.of(2025, 11, 8), LAST_DAY_TO_CURE));

        story.passTime(noticed);
        assertThat(story.eventsButOverdue()).as("suspended once").isEmpty();
    }

    @Test
    void materials_delivered_within_fifteen_working_days_resume_the_item_with_its_due_date_moved() {
        LocalDate cured = LocalDate.of(2025, 11, 12);
        story.passTime(LocalDate.of(2025, 11, 10)).cure(PERMIT, cured);

        // 11-10, 11-11 and 11-12 stood still: due 11-17 moves to 11-20.
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED);
        assertThat(story.clock(PERMIT).paused()).isFalse();
        assertThat(story.clock(PERMIT).dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        DeficienciesCured event = story.event(DeficienciesCured.class);
        assertThat(event.wasSuspended()).isTrue();
        assertThat(event.curedOn()).isEqualTo(cured);
        assertThat(event.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        DueDateChanged changed = story.event(DueDateChanged.class);
        assertThat(changed.previousDueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(story.clock(PERMIT).changes()).hasSize(1);

        story.decide(PERMIT, approve(), LocalDate.of(2025, 11, 13));
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.APPROVED);
    }

    @Test
    void materials_delivered_on_the_last_day_to_cure_are_still_in_time() {
        story.passTime(LocalDate.of(2025, 11, 10)).passTime(LAST_DAY_TO_CURE);
        assertThat(story.events(ItemReturned.class)).isEmpty();

        story.cure(PERMIT, LAST_DAY_TO_CURE);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED);
        // 15 working days stood still: 11-17 + 15 = 12-08.
        assertThat(story.clock(PERMIT).dueDate()).isEqualTo(LocalDate.of(2025, 12, 8));
    }

    @Test
    void materials_delivered_before_the_cure_deadline_change_no_due_date() {
        story.cure(PERMIT, LocalDate.of(2025, 11, 6));

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED);
        assertThat(story.event(DeficienciesCured.class).wasSuspended()).isFalse();
        assertThat(story.events(DueDateChanged.class)).isEmpty();
        assertThat(story.clock(PERMIT).dueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    void a_suspended_item_not_cured_within_fifteen_working_days_is_returned() {
        story.passTime(LocalDate.of(2025, 11, 10));

        LocalDate dayAfter = LocalDate.of(2025, 12, 1);
        story.passTime(dayAfter);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.RETURNED);
        assertThat(story.eventsButOverdue()).containsExactly(new ItemReturned(story.approvalCase.caseId(), "P-1",
                ApprovalStage.CONSTRUCTION_PERMIT, PERMIT, "zjj", LocalDate.of(2025, 11, 8), dayAfter));
        assertThat(story.clock(PERMIT).paused()).isTrue();
        assertThatThrownBy(() -> story.cure(PERMIT, dayAfter)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(ApprovalRules.CURE_NEEDS_DEFICIENCIES));

        story.passTime(dayAfter);
        assertThat(story.events(ItemReturned.class)).as("returned once").isEmpty();
    }

    @Test
    void a_detector_that_was_down_suspends_and_returns_in_one_pass() {
        story.passTime(LocalDate.of(2025, 12, 1));

        assertThat(story.events(ItemSuspended.class)).singleElement()
                .satisfies(e -> assertThat(e.suspendedOn()).isEqualTo(LocalDate.of(2025, 11, 8)));
        assertThat(story.events(ItemReturned.class)).singleElement()
                .satisfies(e -> assertThat(e.returnedOn()).isEqualTo(LocalDate.of(2025, 12, 1)));
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.RETURNED);
    }

    @Test
    void resubmission_after_a_return_starts_the_item_over_with_its_full_limit() {
        story.passTime(LocalDate.of(2025, 12, 1));
        LocalDate resubmitted = LocalDate.of(2025, 12, 2);

        story.resubmit(PERMIT, resubmitted);

        ApprovalItem item = story.item(PERMIT);
        assertThat(item.state()).isEqualTo(ItemState.SUBMITTED);
        WorkingDayClock clock = item.clock();
        assertThat(clock.startedOn()).isEqualTo(resubmitted);
        assertThat(clock.paused()).isFalse();
        assertThat(clock.pausedWorkingDays()).isZero();
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(clock.remainingOn(resubmitted, CALENDAR)).isEqualTo(10);
        ItemResubmitted event = story.event(ItemResubmitted.class);
        assertThat(event.restarted()).isTrue();
        assertThat(event.dueDate()).isEqualTo(LocalDate.of(2025, 12, 16));
        DueDateChanged changed = story.event(DueDateChanged.class);
        assertThat(changed.previousDueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2025, 12, 16));
        assertThat(changed.reason()).contains("退件");
        assertThat(clock.changes()).last().satisfies(change -> assertThat(change.reason()).contains("退件"));

        story.decide(PERMIT, accept(), resubmitted);
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED);
    }

    @Test
    void the_other_items_run_on_while_one_is_suspended() {
        story.passTime(LocalDate.of(2025, 11, 10));

        assertThat(story.clock(FIRE).paused()).isFalse();
        assertThat(story.clock(FIRE).dueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    void materials_delivered_after_the_last_day_to_cure_come_too_late_even_before_the_detector_ran() {
        story.passTime(LocalDate.of(2025, 11, 10));

        assertThatThrownBy(() -> story.cure(PERMIT, LocalDate.of(2025, 12, 2)))
                .isInstanceOf(RuleViolationException.class);
    }
}

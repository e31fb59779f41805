package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.acceptWithDeficiencies;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static city.keyprojects.approval.cases.domain.CaseStory.returnForCorrection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** Overdue reports (超时督办). The case opens Monday 2025-11-03: spj's item is due 11-05, rfb's 11-10, the others 11-17. */
class OverdueEscalationTest {

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 11, 3));

    private List<ItemOverdue> overdue(String code) {
        return story.events(ItemOverdue.class).stream().filter(event -> event.itemCode().equals(code)).toList();
    }

    @Test
    void the_levels_are_reached_at_one_three_and_five_working_days_past_the_due_date() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 9)).extracting(OverdueEscalation::levelReached)
                .containsExactly(0, 1, 1, 2, 2, 3, 3);
        assertThat(OverdueEscalation.ofLevel(1)).isEqualTo(OverdueEscalation.DEPARTMENT_HEAD);
        assertThat(OverdueEscalation.ofLevel(2)).isEqualTo(OverdueEscalation.RESPONSIBLE_LEADER);
        assertThat(OverdueEscalation.ofLevel(3)).isEqualTo(OverdueEscalation.CITY);
    }

    @Test
    void an_item_is_reported_once_per_level_as_it_passes_each() {
        story.passTime(LocalDate.of(2025, 11, 5));
        assertThat(story.events).as("on the due date").isEmpty();

        story.passTime(LocalDate.of(2025, 11, 6));
        assertThat(story.events).containsExactly(new ItemOverdue(story.approvalCase.caseId(), "P-1", "滨江综合楼",
                ApprovalStage.CONSTRUCTION_PERMIT, SITE_PLAN, "CP_SITE_PLAN 名称", "spj", "行政审批局",
                LocalDate.of(2025, 11, 5), 1, OverdueEscalation.DEPARTMENT_HEAD, 1, LocalDate.of(2025, 11, 6)));
        assertThat(story.item(SITE_PLAN).overdueLevelReported()).isEqualTo(1);

        story.passTime(LocalDate.of(2025, 11, 6));
        assertThat(story.events).as("again the same day").isEmpty();
        story.passTime(LocalDate.of(2025, 11, 7));
        assertThat(story.events).as("the next day, still level 1").isEmpty();
        story.passTime(LocalDate.of(2025, 11, 9));
        assertThat(story.events).as("Sunday").isEmpty();

        story.passTime(LocalDate.of(2025, 11, 10));
        assertThat(story.events).extracting(ItemOverdue.class::cast)
                .extracting(ItemOverdue::itemCode, ItemOverdue::level, ItemOverdue::escalatedTo,
                        ItemOverdue::workingDaysOverdue)
                .containsExactly(tuple(SITE_PLAN, 2, OverdueEscalation.RESPONSIBLE_LEADER, 3));

        story.passTime(LocalDate.of(2025, 11, 11));
        assertThat(overdue(SITE_PLAN)).isEmpty();
        assertThat(overdue(AIR_DEFENCE)).extracting(ItemOverdue::level).containsExactly(1);

        story.passTime(LocalDate.of(2025, 11, 12));
        assertThat(overdue(SITE_PLAN)).extracting(ItemOverdue::level, ItemOverdue::escalatedTo)
                .containsExactly(tuple(3, OverdueEscalation.CITY));
        story.passTime(LocalDate.of(2025, 11, 28));
        assertThat(overdue(SITE_PLAN)).as("nothing beyond the city").isEmpty();
    }

    @Test
    void a_detector_that_was_down_for_a_week_publishes_the_missing_levels_once_each() {
        story.passTime(LocalDate.of(2025, 11, 12));

        assertThat(overdue(SITE_PLAN)).extracting(ItemOverdue::level, ItemOverdue::escalatedTo,
                ItemOverdue::workingDaysOverdue)
                .containsExactly(tuple(1, OverdueEscalation.DEPARTMENT_HEAD, 5),
                        tuple(2, OverdueEscalation.RESPONSIBLE_LEADER, 5), tuple(3, OverdueEscalation.CITY, 5));
        assertThat(overdue(AIR_DEFENCE)).extracting(ItemOverdue::level).containsExactly(1);
        assertThat(overdue(PERMIT)).isEmpty();

        story.passTime(LocalDate.of(2025, 11, 12));
        assertThat(story.events).isEmpty();
    }

    @Test
    void overdue_days_count_working_days_only_so_national_day_escalates_nothing() {
        // Opened Wednesday 2025-09-24: spj's item is due Friday 09-26.
        CaseStory holiday = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 9, 24));
        assertThat(holiday.clock(SITE_PLAN).dueDate()).isEqualTo(LocalDate.of(2025, 9, 26));

        assertThat(levels(holiday.passTime(LocalDate.of(2025, 9, 27)))).isEmpty();
        assertThat(levels(holiday.passTime(LocalDate.of(2025, 9, 28)))).as("make-up Sunday").containsExactly(1);
        assertThat(levels(holiday.passTime(LocalDate.of(2025, 9, 30)))).containsExactly(2);
        assertThat(levels(holiday.passTime(LocalDate.of(2025, 10, 8)))).isEmpty();
        assertThat(levels(holiday.passTime(LocalDate.of(2025, 10, 9)))).isEmpty();
        assertThat(levels(holiday.passTime(LocalDate.of(2025, 10, 10)))).containsExactly(3);
    }

    private static List<Integer> levels(CaseStory story) {
        return story.events(ItemOverdue.class).stream().filter(event -> event.itemCode().equals(SITE_PLAN))
                .map(ItemOverdue::level).toList();
    }

    @Test
    void an_item_whose_clock_stands_still_is_never_overdue() {
        story.decide(SITE_PLAN, returnForCorrection("缺签章"), LocalDate.of(2025, 11, 4));

        story.passTime(LocalDate.of(2025, 11, 28));

        assertThat(overdue(SITE_PLAN)).isEmpty();
        assertThat(story.item(SITE_PLAN).overdueLevelReported()).isZero();
        assertThat(overdue(PERMIT)).extracting(ItemOverdue::level).containsExactly(1, 2, 3);
    }

    @Test
    void a_decided_item_is_never_reported() {
        story.decide(SITE_PLAN, accept(), LocalDate.of(2025, 11, 4))
                .decide(SITE_PLAN, approve(), LocalDate.of(2025, 11, 4));

        story.passTime(LocalDate.of(2025, 11, 28));

        assertThat(overdue(SITE_PLAN)).isEmpty();
        assertThat(story.events(ItemOverdue.class)).extracting(ItemOverdue::itemCode).containsOnly(PERMIT, FIRE,
                AIR_DEFENCE);
    }

    @Test
    void a_decision_taken_late_is_not_reported_afterwards() {
        story.decide(SITE_PLAN, accept(), LocalDate.of(2025, 11, 4));
        story.passTime(LocalDate.of(2025, 11, 6));
        assertThat(overdue(SITE_PLAN)).hasSize(1);

        story.decide(SITE_PLAN, approve(), LocalDate.of(2025, 11, 7)).passTime(LocalDate.of(2025, 11, 12));

        assertThat(overdue(SITE_PLAN)).isEmpty();
    }

    @Test
    void an_item_started_over_after_a_return_is_reported_afresh_when_it_runs_late_again() {
        story.decide(SITE_PLAN, acceptWithDeficiencies(LocalDate.of(2025, 11, 14), "施工合同"),
                LocalDate.of(2025, 11, 4));
        story.passTime(LocalDate.of(2025, 11, 12));
        assertThat(overdue(SITE_PLAN)).hasSize(3);
        story.passTime(LocalDate.of(2025, 11, 17)).passTime(LocalDate.of(2025, 12, 8));
        assertThat(story.item(SITE_PLAN).state()).isEqualTo(ItemState.RETURNED);
        story.resubmit(SITE_PLAN, LocalDate.of(2025, 12, 8)).decide(SITE_PLAN, accept(), LocalDate.of(2025, 12, 8));
        assertThat(story.clock(SITE_PLAN).dueDate()).isEqualTo(LocalDate.of(2025, 12, 10));

        story.passTime(LocalDate.of(2025, 12, 11));

        assertThat(overdue(SITE_PLAN)).extracting(ItemOverdue::level, ItemOverdue::dueDate)
                .containsExactly(tuple(1, LocalDate.of(2025, 12, 10)));
    }
}

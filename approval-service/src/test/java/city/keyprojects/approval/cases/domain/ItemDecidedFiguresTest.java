package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.PROJECT_APPROVAL;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.acceptWithDeficiencies;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static city.keyprojects.approval.cases.domain.CaseStory.reject;
import static city.keyprojects.approval.cases.domain.CaseStory.returnForCorrection;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The figures department statistics are made of. The case opens Monday 2025-11-03. */
class ItemDecidedFiguresTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 11, 3);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 4);

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, OPENED);

    @Test
    void the_working_days_used_leave_out_the_days_the_item_was_back_with_the_applicant() {
        story.decide(PERMIT, accept(), TUESDAY)
                .decide(PERMIT, returnForCorrection("缺签章"), LocalDate.of(2025, 11, 5))
                .resubmit(PERMIT, LocalDate.of(2025, 11, 10))
                .decide(PERMIT, accept(), LocalDate.of(2025, 11, 11))
                .decide(PERMIT, approve(), LocalDate.of(2025, 11, 13));

        // Eight working days since the opening, three of them with the applicant.
        ItemDecided decided = story.event(ItemDecided.class);
        assertThat(decided.workingDaysUsed()).isEqualTo(5);
        assertThat(decided.pausedWorkingDays()).isEqualTo(3);
        assertThat(decided.limitWorkingDays()).isEqualTo(10);
        assertThat(decided.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(decided.onTime()).isTrue();
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2025, 11, 13));
        ApprovalItem item = story.item(PERMIT);
        assertThat(item.workingDaysUsed()).isEqualTo(5);
        assertThat(item.onTime()).isTrue();
        assertThat(item.decidedOn()).isEqualTo(LocalDate.of(2025, 11, 13));
    }

    @Test
    void the_return_for_correction_itself_reports_the_days_used_so_far() {
        story.decide(PERMIT, returnForCorrection("缺签章"), LocalDate.of(2025, 11, 5));

        ItemDecided returned = story.event(ItemDecided.class);
        assertThat(returned.workingDaysUsed()).isEqualTo(2);
        assertThat(returned.finalDecision()).isFalse();
        assertThat(story.item(PERMIT).workingDaysUsed()).as("frozen only by a final decision").isNull();
    }

    @Test
    void the_working_days_used_leave_out_a_suspension_for_missing_materials() {
        story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY)
                .passTime(LocalDate.of(2025, 11, 10)).cure(PERMIT, LocalDate.of(2025, 11, 12))
                .decide(PERMIT, approve(), LocalDate.of(2025, 11, 13));

        assertThat(story.event(ItemDecided.class).workingDaysUsed()).isEqualTo(5);
    }

    @Test
    void a_suspended_item_rejected_counts_only_the_days_before_its_suspension() {
        story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY)
                .passTime(LocalDate.of(2025, 11, 10)).decide(PERMIT, reject("材料未补齐"), LocalDate.of(2025, 11, 12));

        assertThat(story.event(ItemDecided.class).workingDaysUsed()).as("11-04 to 11-07").isEqualTo(4);
    }

    @Test
    void an_item_decided_within_its_limit_is_on_time_and_one_decided_after_it_is_not() {
        story.decide(SITE_PLAN, accept(), TUESDAY).decide(SITE_PLAN, approve(), LocalDate.of(2025, 11, 5));
        ItemDecided onTheDueDate = story.event(ItemDecided.class);
        assertThat(onTheDueDate.workingDaysUsed()).isEqualTo(2);
        assertThat(onTheDueDate.onTime()).isTrue();

        story.decide(AIR_DEFENCE, accept(), TUESDAY).decide(AIR_DEFENCE, approve(), LocalDate.of(2025, 11, 11));
        ItemDecided late = story.event(ItemDecided.class);
        assertThat(late.workingDaysUsed()).isEqualTo(6);
        assertThat(late.limitWorkingDays()).isEqualTo(5);
        assertThat(late.onTime()).isFalse();
        assertThat(story.item(AIR_DEFENCE).onTime()).isFalse();

        story.approveAll(LocalDate.of(2025, 11, 11));
        assertThat(story.event(StageCompleted.class).items()).filteredOn(o -> o.itemCode().equals(AIR_DEFENCE))
                .singleElement().satisfies(outcome -> assertThat(outcome.onTime()).isFalse());
    }

    @Test
    void items_decided_while_other_items_of_the_stage_run_count_as_parallel() {
        story.decide(SITE_PLAN, accept(), TUESDAY).decide(SITE_PLAN, approve(), TUESDAY);

        assertThat(story.event(ItemDecided.class).parallel()).isTrue();
    }

    @Test
    void the_last_item_decided_still_counts_as_parallel_for_the_others_ran_alongside_it() {
        for (String code : List.of(FIRE, AIR_DEFENCE, SITE_PLAN)) {
            story.decide(code, accept(), TUESDAY).decide(code, approve(), TUESDAY);
        }
        story.decide(PERMIT, accept(), TUESDAY).decide(PERMIT, approve(), LocalDate.of(2025, 11, 10));

        assertThat(story.event(ItemDecided.class).parallel()).isTrue();
    }

    @Test
    void the_only_item_of_a_stage_is_not_parallel() {
        CaseStory single = CaseStory.opened(ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE, OPENED)
                .decide(PROJECT_APPROVAL, accept(), TUESDAY).decide(PROJECT_APPROVAL, approve(), TUESDAY);

        assertThat(single.event(ItemDecided.class).parallel()).isFalse();
        assertThat(single.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void an_item_started_over_after_every_other_item_was_decided_is_not_parallel() {
        story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY);
        for (String code : List.of(FIRE, AIR_DEFENCE, SITE_PLAN)) {
            story.decide(code, accept(), TUESDAY).decide(code, approve(), TUESDAY);
        }
        story.passTime(LocalDate.of(2025, 12, 1)).resubmit(PERMIT, LocalDate.of(2025, 12, 2))
                .decide(PERMIT, accept(), LocalDate.of(2025, 12, 2))
                .decide(PERMIT, approve(), LocalDate.of(2025, 12, 4));

        ItemDecided decided = story.event(ItemDecided.class);
        assertThat(decided.parallel()).isFalse();
        assertThat(decided.workingDaysUsed()).as("counted from the restart").isEqualTo(2);
        assertThat(decided.onTime()).isTrue();
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void extended_hours_service_is_carried_into_the_events_and_the_steps() {
        story.decide(PERMIT, new DecisionCommand(Decision.ACCEPT, null, List.of(), null, null, null, true), TUESDAY);
        assertThat(story.event(ItemAccepted.class).extendedHours()).isTrue();
        assertThat(story.item(PERMIT).steps()).last().satisfies(step -> assertThat(step.extendedHours()).isTrue());

        story.decide(PERMIT, new DecisionCommand(Decision.APPROVE, null, List.of(), null, null, null, true), TUESDAY);
        assertThat(story.event(ItemDecided.class).extendedHours()).isTrue();

        story.decide(FIRE, accept(), TUESDAY).decide(FIRE, approve(), TUESDAY);
        assertThat(story.event(ItemDecided.class).extendedHours()).isFalse();
    }
}

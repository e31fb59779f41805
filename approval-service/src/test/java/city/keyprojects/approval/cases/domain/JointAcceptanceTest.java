package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.JOINT_AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.JOINT_FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.JOINT_PLANNING;
import static city.keyprojects.approval.cases.domain.CaseStory.JOINT_QUALITY;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static city.keyprojects.approval.cases.domain.CaseStory.approveOnCommitment;
import static city.keyprojects.approval.cases.domain.CaseStory.reject;
import static city.keyprojects.approval.cases.domain.CaseStory.returnForCorrection;
import static city.keyprojects.approval.cases.domain.DecisionsTest.assertInvalid;
import static city.keyprojects.approval.cases.domain.DecisionsTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.platform.outbox.StaleVersionException;

/** Joint completion acceptance (联合验收): opened Monday 2025-11-03, one clock of 5 working days, due 11-10. */
class JointAcceptanceTest {

    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 4);
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 11, 5);
    private static final LocalDate INSPECTION = LocalDate.of(2025, 11, 7);
    private static final List<String> ITEMS = List.of(JOINT_QUALITY, JOINT_FIRE, JOINT_AIR_DEFENCE, JOINT_PLANNING);

    private final CaseStory story = CaseStory.opened(ApprovalStage.COMPLETION_ACCEPTANCE, LocalDate.of(2025, 11, 3));

    private CaseStory allAccepted() {
        ITEMS.forEach(code -> story.decide(code, accept(), TUESDAY));
        return story;
    }

    @Test
    void no_department_gives_its_opinion_before_the_joint_inspection_is_held() {
        allAccepted();
        assertRule(() -> story.decide(JOINT_QUALITY, approveWithOpinion(), WEDNESDAY), ApprovalRules.JOINT_INSPECTION_HELD);
        assertRule(() -> story.decide(JOINT_FIRE, approveOnCommitment("核查", LocalDate.of(2026, 3, 1)), WEDNESDAY),
                ApprovalRules.JOINT_INSPECTION_HELD);
        assertRule(() -> story.decide(JOINT_AIR_DEFENCE, reject("不合格"), WEDNESDAY),
                ApprovalRules.JOINT_INSPECTION_HELD);

        story.inspection(INSPECTION, WEDNESDAY);
        assertRule(() -> story.decide(JOINT_QUALITY, approveWithOpinion(), LocalDate.of(2025, 11, 6)),
                ApprovalRules.JOINT_INSPECTION_HELD);

        story.decide(JOINT_QUALITY, approveWithOpinion(), INSPECTION);
        assertThat(story.item(JOINT_QUALITY).state()).isEqualTo(ItemState.APPROVED);
    }

    @Test
    void accepting_and_returning_for_correction_need_no_inspection() {
        story.decide(JOINT_QUALITY, accept(), TUESDAY).decide(JOINT_FIRE, returnForCorrection("缺竣工图"), TUESDAY);

        assertThat(story.item(JOINT_QUALITY).state()).isEqualTo(ItemState.ACCEPTED);
        assertThat(story.item(JOINT_FIRE).state()).isEqualTo(ItemState.RETURNED_FOR_CORRECTION);
    }

    @Test
    void a_joint_inspection_is_scheduled_only_in_completion_acceptance() {
        CaseStory permit = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 11, 3));

        assertRule(() -> permit.inspection(INSPECTION, TUESDAY),
                ApprovalRules.JOINT_INSPECTION_ONLY_IN_JOINT_ACCEPTANCE);
    }

    @Test
    void moving_the_inspection_from_an_outdated_view_is_stale() {
        story.inspection(INSPECTION, TUESDAY);

        assertThatThrownBy(() -> story.approvalCase.scheduleJointInspection(0, TUESDAY, "site", TUESDAY))
                .isInstanceOf(StaleVersionException.class);
        assertThat(story.approvalCase.scheduleJointInspection(1, TUESDAY, "site", TUESDAY).approvalCase()
                .jointInspection().revision()).isEqualTo(2);
    }

    @Test
    void scheduling_the_inspection_tells_every_department_once_and_moving_it_tells_them_again() {
        story.inspection(INSPECTION, TUESDAY);

        assertThat(story.approvalCase.jointInspection()).isEqualTo(new JointInspection(INSPECTION, "site", 1));
        JointInspectionScheduled scheduled = story.event(JointInspectionScheduled.class);
        assertThat(scheduled.inspectionDate()).isEqualTo(INSPECTION);
        assertThat(scheduled.place()).isEqualTo("site");
        assertThat(scheduled.departments()).containsExactly("zjj", "xfsy", "rfb", "zrj");

        story.inspection(INSPECTION, WEDNESDAY);
        assertThat(story.events).as("the same inspection again").isEmpty();

        story.inspection(LocalDate.of(2025, 11, 10), WEDNESDAY);
        assertThat(story.event(JointInspectionScheduled.class).inspectionDate())
                .isEqualTo(LocalDate.of(2025, 11, 10));
    }

    @Test
    void an_inspection_is_not_scheduled_in_the_past_nor_in_a_closed_case() {
        assertInvalid(() -> story.inspection(LocalDate.of(2025, 11, 3), TUESDAY), "date");

        story.inspection(TUESDAY, TUESDAY);
        ITEMS.forEach(code -> story.decide(code, accept(), TUESDAY).decide(code, approveWithOpinion(), TUESDAY));
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
        assertRule(() -> story.inspection(INSPECTION, WEDNESDAY), ApprovalRules.CASE_CLOSED);
    }

    @Test
    void one_item_returned_for_correction_stops_the_one_clock_for_every_item() {
        allAccepted().decide(JOINT_FIRE, returnForCorrection("缺竣工图"), WEDNESDAY);

        assertThat(story.approvalCase.jointClock().pausedSince()).isEqualTo(WEDNESDAY);
        ITEMS.forEach(code -> assertThat(story.clock(code).paused()).as(code).isTrue());
        story.passTime(LocalDate.of(2025, 11, 20));
        assertThat(story.events(ItemOverdue.class)).as("a stopped clock is never overdue").isEmpty();

        // Resubmitted Monday 11-10: 11-06, 11-07 and 11-10 stood still, due 11-10 moves to 11-13 for all.
        story.resubmit(JOINT_FIRE, LocalDate.of(2025, 11, 10));

        assertThat(story.approvalCase.jointClock().paused()).isFalse();
        assertThat(story.approvalCase.jointClock().dueDate()).isEqualTo(LocalDate.of(2025, 11, 13));
        ITEMS.forEach(code -> assertThat(story.clock(code).dueDate()).as(code).isEqualTo(LocalDate.of(2025, 11, 13)));
        assertThat(story.events(DueDateChanged.class)).extracting(DueDateChanged::itemCode)
                .containsExactlyInAnyOrderElementsOf(ITEMS);
        assertThat(story.events(DueDateChanged.class)).allSatisfy(changed -> {
            assertThat(changed.previousDueDate()).isEqualTo(LocalDate.of(2025, 11, 10));
            assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2025, 11, 13));
        });
        assertThat(story.event(ItemResubmitted.class).restarted()).isFalse();
    }

    @Test
    void the_one_clock_runs_again_only_once_nothing_is_owed_on_any_item() {
        allAccepted().decide(JOINT_FIRE, returnForCorrection("缺竣工图"), WEDNESDAY)
                .decide(JOINT_AIR_DEFENCE, returnForCorrection("缺人防验收资料"), WEDNESDAY);

        story.resubmit(JOINT_FIRE, LocalDate.of(2025, 11, 7));
        assertThat(story.approvalCase.jointClock().paused()).isTrue();
        assertThat(story.events(DueDateChanged.class)).isEmpty();

        story.resubmit(JOINT_AIR_DEFENCE, LocalDate.of(2025, 11, 10));
        assertThat(story.approvalCase.jointClock().paused()).isFalse();
        assertThat(story.approvalCase.jointClock().dueDate()).isEqualTo(LocalDate.of(2025, 11, 13));
    }

    @Test
    void the_stage_completes_with_every_opinion_given_after_the_inspection() {
        allAccepted().inspection(INSPECTION, TUESDAY);
        for (String code : ITEMS) {
            story.decide(code, approveWithOpinion(), INSPECTION);
            assertThat(story.event(ItemDecided.class).limitWorkingDays()).isEqualTo(5);
            assertThat(story.event(ItemDecided.class).dueDate()).isEqualTo(LocalDate.of(2025, 11, 10));
        }

        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(story.event(StageCompleted.class).items()).hasSize(4);
    }

    @Test
    void an_overdue_joint_acceptance_is_reported_to_every_department_still_deciding() {
        allAccepted().inspection(INSPECTION, TUESDAY).decide(JOINT_QUALITY, approveWithOpinion(), INSPECTION);

        story.passTime(LocalDate.of(2025, 11, 11));

        assertThat(story.events(ItemOverdue.class)).extracting(ItemOverdue::itemCode, ItemOverdue::level)
                .containsExactlyInAnyOrder(tuple(JOINT_FIRE, 1),
                        tuple(JOINT_AIR_DEFENCE, 1),
                        tuple(JOINT_PLANNING, 1));
    }

    @Test
    void when_the_one_clock_moves_only_the_items_still_deciding_are_told() {
        allAccepted().inspection(TUESDAY, TUESDAY).decide(JOINT_QUALITY, approveWithOpinion(), TUESDAY)
                .decide(JOINT_FIRE, returnForCorrection("缺竣工图"), WEDNESDAY)
                .resubmit(JOINT_FIRE, LocalDate.of(2025, 11, 10));

        assertThat(story.events(DueDateChanged.class)).extracting(DueDateChanged::itemCode)
                .containsExactlyInAnyOrder(JOINT_FIRE, JOINT_AIR_DEFENCE, JOINT_PLANNING);
    }

    @Test
    void each_department_s_opinion_is_kept_in_the_stage_outcome() {
        allAccepted().inspection(TUESDAY, TUESDAY);
        ITEMS.forEach(code -> story.decide(code, new DecisionCommand(Decision.APPROVE, code + " 验收合格", List.of(),
                null, null, null, false), TUESDAY));

        assertThat(story.event(StageCompleted.class).items()).extracting(ItemOutcome::itemCode, ItemOutcome::opinion)
                .containsExactly(tuple(JOINT_QUALITY, JOINT_QUALITY + " 验收合格"),
                        tuple(JOINT_FIRE, JOINT_FIRE + " 验收合格"),
                        tuple(JOINT_AIR_DEFENCE, JOINT_AIR_DEFENCE + " 验收合格"),
                        tuple(JOINT_PLANNING, JOINT_PLANNING + " 验收合格"));
    }

    @Test
    void in_joint_acceptance_an_approval_without_an_opinion_is_refused() {
        allAccepted().inspection(TUESDAY, TUESDAY);

        assertInvalid(() -> story.decide(JOINT_QUALITY, approve(), TUESDAY), "reasons");
    }

    /** In joint acceptance a department's approval carries its opinion. */
    private static DecisionCommand approveWithOpinion() {
        return new DecisionCommand(Decision.APPROVE, "符合验收要求", List.of(), null, null, null, false);
    }
}

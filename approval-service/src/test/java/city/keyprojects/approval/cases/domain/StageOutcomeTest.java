package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static city.keyprojects.approval.cases.domain.CaseStory.approveOnCommitment;
import static city.keyprojects.approval.cases.domain.CaseStory.at;
import static city.keyprojects.approval.cases.domain.CaseStory.reject;
import static city.keyprojects.approval.cases.domain.CaseStory.returnForCorrection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

class StageOutcomeTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 11, 3);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 4);
    private static final LocalDate THURSDAY = LocalDate.of(2025, 11, 6);

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, OPENED);

    /** Accepts and approves three items on Tuesday, leaving the permit (zjj) accepted and open. */
    private CaseStory threeApproved() {
        for (String code : new String[] {FIRE, AIR_DEFENCE, SITE_PLAN}) {
            story.decide(code, accept(), TUESDAY).decide(code, approve(), TUESDAY);
            assertThat(story.events(StageCompleted.class)).isEmpty();
        }
        return story.decide(PERMIT, accept(), TUESDAY);
    }

    @Test
    void the_stage_completes_when_every_item_is_approved() {
        threeApproved().decide(PERMIT, approve(), THURSDAY);

        ApprovalCase completed = story.approvalCase;
        assertThat(completed.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(completed.result()).isEqualTo(CombinedResult.APPROVED);
        assertThat(completed.closedOn()).isEqualTo(THURSDAY);
        StageCompleted event = story.event(StageCompleted.class);
        assertThat(event.result()).isEqualTo(CombinedResult.APPROVED);
        assertThat(event.completedAt()).isEqualTo(at(THURSDAY));
        assertThat(event.completedOn()).isEqualTo(THURSDAY);
        assertThat(event.openedOn()).isEqualTo(OPENED);
        assertThat(event.workingDaysUsed()).isEqualTo(3);
        assertThat(event.items()).extracting(ItemOutcome::itemCode, ItemOutcome::department, ItemOutcome::state,
                ItemOutcome::decidedOn, ItemOutcome::onTime)
                .containsExactly(tuple(PERMIT, "zjj", ItemState.APPROVED, THURSDAY, true),
                        tuple(FIRE, "xfsy", ItemState.APPROVED, TUESDAY, true),
                        tuple(AIR_DEFENCE, "rfb", ItemState.APPROVED, TUESDAY, true),
                        tuple(SITE_PLAN, "spj", ItemState.APPROVED, TUESDAY, true));
        assertThat(story.events).hasExactlyElementsOfTypes(ItemDecided.class, StageCompleted.class);
    }

    @Test
    void no_stage_completes_while_any_item_is_still_open() {
        threeApproved().decide(PERMIT, returnForCorrection("缺签章"), THURSDAY);

        assertThat(story.events(StageCompleted.class)).isEmpty();
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(story.approvalCase.result()).isNull();

        story.passTime(LocalDate.of(2025, 11, 28));
        assertThat(story.events(StageCompleted.class)).isEmpty();
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void a_stage_with_an_item_approved_on_commitment_completes_approved_on_commitment() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", LocalDate.of(2026, 3, 1)), TUESDAY).approveAll(THURSDAY);

        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(story.approvalCase.result()).isEqualTo(CombinedResult.APPROVED_ON_COMMITMENT);
        assertThat(story.event(StageCompleted.class).result()).isEqualTo(CombinedResult.APPROVED_ON_COMMITMENT);
    }

    @Test
    void a_rejected_item_rejects_the_stage_once_every_item_is_decided() {
        story.decide(PERMIT, reject("不符合规划条件"), TUESDAY);
        assertThat(story.approvalCase.status()).as("the others are still open").isEqualTo(CaseStatus.OPEN);
        assertThat(story.events(StageRejected.class)).isEmpty();

        for (String code : new String[] {FIRE, AIR_DEFENCE}) {
            story.decide(code, accept(), TUESDAY).decide(code, approve(), TUESDAY);
            assertThat(story.events(StageRejected.class)).isEmpty();
        }
        story.decide(SITE_PLAN, accept(), THURSDAY).decide(SITE_PLAN, approve(), THURSDAY);

        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(story.approvalCase.result()).isEqualTo(CombinedResult.REJECTED);
        assertThat(story.approvalCase.closedOn()).isEqualTo(THURSDAY);
        assertThat(story.events(StageCompleted.class)).isEmpty();
        StageRejected rejected = story.event(StageRejected.class);
        assertThat(rejected.openedOn()).isEqualTo(OPENED);
        assertThat(rejected.closedOn()).isEqualTo(THURSDAY);
        assertThat(rejected.items()).filteredOn(outcome -> outcome.itemCode().equals(PERMIT)).singleElement()
                .satisfies(outcome -> {
                    assertThat(outcome.state()).isEqualTo(ItemState.REJECTED);
                    assertThat(outcome.opinion()).isEqualTo("不符合规划条件");
                });
    }

    @Test
    void time_passing_over_a_closed_case_changes_nothing() {
        story.approveAll(TUESDAY);
        ApprovalCase closed = story.approvalCase;

        story.passTime(LocalDate.of(2025, 12, 31));

        assertThat(story.events).isEmpty();
        assertThat(story.approvalCase).isEqualTo(closed);
    }

    @Test
    void only_the_approving_results_complete_a_stage() {
        assertThat(CombinedResult.APPROVED.approved()).isTrue();
        assertThat(CombinedResult.APPROVED_ON_COMMITMENT.approved()).isTrue();
        assertThat(CombinedResult.REJECTED.approved()).isFalse();
        assertThat(CombinedResult.REVOKED.approved()).isFalse();
    }
}

package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.approveOnCommitment;
import static city.keyprojects.approval.cases.domain.DecisionsTest.assertRule;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** Approval on commitment (告知承诺制): approved at once, verified afterwards, revoked when the verification fails. */
class CommitmentTest {

    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 4);
    private static final LocalDate VERIFY_BY = LocalDate.of(2026, 3, 1);
    private static final LocalDate VERIFIED = LocalDate.of(2025, 12, 10);

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 11, 3));

    @Test
    void an_item_is_approved_on_commitment_at_once_without_acceptance() {
        story.decide(SITE_PLAN, approveOnCommitment("开工前核查施工图", VERIFY_BY), TUESDAY);

        ApprovalItem item = story.item(SITE_PLAN);
        assertThat(item.state()).isEqualTo(ItemState.APPROVED_ON_COMMITMENT);
        assertThat(item.state().isFinal()).isTrue();
        assertThat(item.decidedOn()).isEqualTo(TUESDAY);
        assertThat(item.commitment()).isEqualTo(Commitment.owed("开工前核查施工图", VERIFY_BY));
        assertThat(item.commitment().verified()).isFalse();
        ItemDecided decided = story.event(ItemDecided.class);
        assertThat(decided.decision()).isEqualTo(Decision.APPROVE_ON_COMMITMENT);
        assertThat(decided.finalDecision()).isTrue();
        assertThat(decided.verificationObligation()).isEqualTo("开工前核查施工图");
        assertThat(decided.verificationDeadline()).isEqualTo(VERIFY_BY);
    }

    @Test
    void an_accepted_item_may_also_be_approved_on_commitment() {
        story.decide(PERMIT, accept(), TUESDAY).decide(PERMIT, approveOnCommitment("核查", VERIFY_BY), TUESDAY);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.APPROVED_ON_COMMITMENT);
    }

    @Test
    void a_passed_verification_keeps_the_approval_and_is_published() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY).verify(SITE_PLAN, true, VERIFIED);

        ApprovalItem item = story.item(SITE_PLAN);
        assertThat(item.state()).isEqualTo(ItemState.APPROVED_ON_COMMITMENT);
        assertThat(item.commitment().passed()).isTrue();
        assertThat(item.commitment().verifiedOn()).isEqualTo(VERIFIED);
        assertThat(item.commitment().findings()).isEqualTo("kept");
        assertThat(story.events).containsExactly(new CommitmentVerified(story.approvalCase.caseId(), "P-1",
                ApprovalStage.CONSTRUCTION_PERMIT, SITE_PLAN, "spj", VERIFIED, "kept"));
    }

    @Test
    void a_failed_verification_revokes_the_approval_and_publishes_the_breach() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY).verify(SITE_PLAN, false, VERIFIED);

        assertThat(story.item(SITE_PLAN).state()).isEqualTo(ItemState.REVOKED);
        assertThat(story.item(SITE_PLAN).commitment().passed()).isFalse();
        assertThat(story.events).containsExactly(new CommitmentBreached(story.approvalCase.caseId(), "P-1",
                ApprovalStage.CONSTRUCTION_PERMIT, SITE_PLAN, "spj", "核查", VERIFY_BY, VERIFIED, "not kept", false));
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void a_revocation_before_the_stage_completes_ends_the_stage_without_approval() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY).verify(SITE_PLAN, false, TUESDAY)
                .approveAll(LocalDate.of(2025, 11, 6));

        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(story.approvalCase.result()).isEqualTo(CombinedResult.REVOKED);
        assertThat(story.events(StageRejected.class)).hasSize(1);
        assertThat(story.events(StageCompleted.class)).isEmpty();
    }

    @Test
    void a_breach_after_the_stage_completed_revokes_the_item_and_the_case_stays_completed() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY).approveAll(TUESDAY);
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);

        story.verify(SITE_PLAN, false, VERIFIED);

        assertThat(story.item(SITE_PLAN).state()).isEqualTo(ItemState.REVOKED);
        assertThat(story.events).singleElement().isInstanceOfSatisfying(CommitmentBreached.class,
                breach -> assertThat(breach.stageCompletedBefore()).isTrue());
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
        assertThat(story.approvalCase.result()).isEqualTo(CombinedResult.APPROVED_ON_COMMITMENT);
    }

    @Test
    void a_verification_after_the_stage_completed_may_pass_too() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY).approveAll(TUESDAY)
                .verify(SITE_PLAN, true, VERIFIED);

        assertThat(story.events).singleElement().isInstanceOf(CommitmentVerified.class);
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);
    }

    @Test
    void a_commitment_is_verified_once() {
        story.decide(SITE_PLAN, approveOnCommitment("核查", VERIFY_BY), TUESDAY)
                .decide(AIR_DEFENCE, approveOnCommitment("核查", VERIFY_BY), TUESDAY)
                .verify(SITE_PLAN, true, VERIFIED).verify(AIR_DEFENCE, false, VERIFIED);

        assertRule(() -> story.verify(SITE_PLAN, false, VERIFIED.plusDays(1)), ApprovalRules.COMMITMENT_VERIFIED_ONCE);
        assertRule(() -> story.verify(AIR_DEFENCE, true, VERIFIED.plusDays(1)),
                ApprovalRules.COMMITMENT_VERIFIED_ONCE);
    }

    @Test
    void only_an_approval_on_commitment_is_verified() {
        assertRule(() -> story.verify(PERMIT, true, TUESDAY), ApprovalRules.VERIFICATION_NEEDS_COMMITMENT);
    }
}

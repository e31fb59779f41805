package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.CALENDAR;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static city.keyprojects.approval.cases.domain.CaseStory.accept;
import static city.keyprojects.approval.cases.domain.CaseStory.acceptWithDeficiencies;
import static city.keyprojects.approval.cases.domain.CaseStory.approve;
import static city.keyprojects.approval.cases.domain.CaseStory.approveOnCommitment;
import static city.keyprojects.approval.cases.domain.CaseStory.at;
import static city.keyprojects.approval.cases.domain.CaseStory.reject;
import static city.keyprojects.approval.cases.domain.CaseStory.returnForCorrection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.platform.calendar.WorkingDayClock;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.problem.RuleViolationException;

class DecisionsTest {

    private static final LocalDate OPENED = LocalDate.of(2025, 11, 3);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 11, 4);
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 11, 5);

    private final CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, OPENED);

    static void assertRule(ThrowingCallable call, String rule) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.rule()).isEqualTo(rule));
    }

    static void assertInvalid(ThrowingCallable call, String... fields) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder(fields));
    }

    @Test
    void accepting_takes_a_submitted_item_to_accepted_one_version_on_leaving_the_other_items_alone() {
        story.decide(PERMIT, accept(), TUESDAY);

        ApprovalItem item = story.item(PERMIT);
        assertThat(item.state()).isEqualTo(ItemState.ACCEPTED);
        assertThat(item.version()).isEqualTo(2);
        assertThat(item.steps()).containsExactly(new ItemStep("ACCEPT", at(TUESDAY), "officer", null, false));
        assertThat(story.item(FIRE).version()).isEqualTo(1);
        assertThat(story.events).containsExactly(new ItemAccepted(story.approvalCase.caseId(), "P-1",
                ApprovalStage.CONSTRUCTION_PERMIT, PERMIT, "zjj", false, List.of(), null, TUESDAY, false));
        assertThat(story.clock(PERMIT).paused()).isFalse();
    }

    @Test
    void accepting_with_deficiencies_records_the_missing_materials_and_the_cure_deadline() {
        LocalDate deadline = LocalDate.of(2025, 11, 7);

        story.decide(PERMIT, acceptWithDeficiencies(deadline, "施工合同", "监理合同"), TUESDAY);

        ApprovalItem item = story.item(PERMIT);
        assertThat(item.state()).isEqualTo(ItemState.ACCEPTED_WITH_DEFICIENCIES);
        assertThat(item.missingMaterials()).containsExactly("施工合同", "监理合同");
        assertThat(item.cureDeadline()).isEqualTo(deadline);
        ItemAccepted accepted = story.event(ItemAccepted.class);
        assertThat(accepted.withDeficiencies()).isTrue();
        assertThat(accepted.missingMaterials()).containsExactly("施工合同", "监理合同");
        assertThat(accepted.cureDeadline()).isEqualTo(deadline);
        assertThat(story.clock(PERMIT).paused()).as("review goes on while the materials are owed").isFalse();
    }

    @Test
    void accepting_with_deficiencies_needs_the_missing_materials_named() {
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7)), TUESDAY),
                "missingMaterials");
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.SUBMITTED);
    }

    @Test
    void accepting_with_deficiencies_needs_a_cure_deadline_after_today() {
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(null, "施工合同"), TUESDAY), "cureDeadline");
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(TUESDAY, "施工合同"), TUESDAY),
                "cureDeadline");
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(OPENED, "施工合同"), TUESDAY),
                "cureDeadline");
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(TUESDAY.plusDays(367), "施工合同"),
                TUESDAY), "cureDeadline");
        assertInvalid(() -> story.decide(PERMIT, acceptWithDeficiencies(null), TUESDAY), "cureDeadline",
                "missingMaterials");
        story.decide(PERMIT, acceptWithDeficiencies(TUESDAY.plusDays(1), "施工合同"), TUESDAY);
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.ACCEPTED_WITH_DEFICIENCIES);
        story.decide(FIRE, acceptWithDeficiencies(TUESDAY.plusDays(ApprovalRules.LONGEST_DEADLINE_DAYS), "施工合同"),
                TUESDAY);
        assertThat(story.item(FIRE).state()).isEqualTo(ItemState.ACCEPTED_WITH_DEFICIENCIES);
    }

    @Test
    void returning_for_correction_needs_reasons() {
        assertInvalid(() -> story.decide(PERMIT, returnForCorrection(null), TUESDAY), "reasons");
        assertInvalid(() -> story.decide(PERMIT, returnForCorrection("  "), TUESDAY), "reasons");
    }

    @Test
    void returning_for_correction_stops_the_clock_and_resubmission_runs_it_again_with_the_due_date_moved() {
        story.decide(PERMIT, accept(), TUESDAY).decide(PERMIT, returnForCorrection("图纸缺签章"), WEDNESDAY);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.RETURNED_FOR_CORRECTION);
        assertThat(story.clock(PERMIT).pausedSince()).isEqualTo(WEDNESDAY);
        ItemDecided returned = story.event(ItemDecided.class);
        assertThat(returned.decision()).isEqualTo(Decision.RETURN_FOR_CORRECTION);
        assertThat(returned.finalDecision()).isFalse();
        assertThat(returned.reasons()).isEqualTo("图纸缺签章");
        assertThat(story.item(PERMIT).decidedOn()).as("not a final decision").isNull();

        // 11-06, 11-07 and 11-10 stood still: due 11-17 moves to 11-20.
        LocalDate monday = LocalDate.of(2025, 11, 10);
        story.resubmit(PERMIT, monday);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.SUBMITTED);
        WorkingDayClock clock = story.clock(PERMIT);
        assertThat(clock.paused()).isFalse();
        assertThat(clock.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(clock.pausedWorkingDays()).isEqualTo(3);
        assertThat(clock.changes()).singleElement().satisfies(change -> {
            assertThat(change.from()).isEqualTo(LocalDate.of(2025, 11, 17));
            assertThat(change.to()).isEqualTo(LocalDate.of(2025, 11, 20));
            assertThat(change.changedOn()).isEqualTo(monday);
            assertThat(change.reason()).isNotBlank();
        });
        DueDateChanged changed = story.event(DueDateChanged.class);
        assertThat(changed.itemCode()).isEqualTo(PERMIT);
        assertThat(changed.department()).isEqualTo("zjj");
        assertThat(changed.previousDueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
        assertThat(changed.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        assertThat(changed.changedOn()).isEqualTo(monday);
        assertThat(changed.reason()).isEqualTo(clock.changes().get(0).reason());
        ItemResubmitted resubmitted = story.event(ItemResubmitted.class);
        assertThat(resubmitted.restarted()).isFalse();
        assertThat(resubmitted.dueDate()).isEqualTo(LocalDate.of(2025, 11, 20));
        // The other items' clocks ran on.
        assertThat(story.clock(FIRE).dueDate()).isEqualTo(LocalDate.of(2025, 11, 17));
    }

    @Test
    void approving_needs_the_item_accepted_first() {
        assertRule(() -> story.decide(PERMIT, approve(), TUESDAY), ApprovalRules.ACCEPTED_BEFORE_APPROVAL);
    }

    @Test
    void approving_waits_until_the_missing_materials_are_delivered() {
        story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY);

        assertRule(() -> story.decide(PERMIT, approve(), WEDNESDAY),
                ApprovalRules.DEFICIENCIES_CURED_BEFORE_APPROVAL);

        story.cure(PERMIT, WEDNESDAY).decide(PERMIT, approve(), WEDNESDAY);
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.APPROVED);
    }

    @Test
    void an_accepted_item_is_approved_and_decided_for_good() {
        story.decide(PERMIT, accept(), TUESDAY).decide(PERMIT, approve(), WEDNESDAY);

        ApprovalItem item = story.item(PERMIT);
        assertThat(item.state()).isEqualTo(ItemState.APPROVED);
        assertThat(item.decidedOn()).isEqualTo(WEDNESDAY);
        ItemDecided decided = story.event(ItemDecided.class);
        assertThat(decided.decision()).isEqualTo(Decision.APPROVE);
        assertThat(decided.finalDecision()).isTrue();
        assertThat(decided.decidedOn()).isEqualTo(WEDNESDAY);
    }

    @Test
    void approving_on_commitment_needs_the_obligation_and_a_verification_deadline_after_today() {
        assertInvalid(() -> story.decide(PERMIT, approveOnCommitment(null, null), TUESDAY),
                "verificationObligation", "verificationDeadline");
        assertInvalid(() -> story.decide(PERMIT, approveOnCommitment(" ", LocalDate.of(2026, 3, 1)), TUESDAY),
                "verificationObligation");
        assertInvalid(() -> story.decide(PERMIT, approveOnCommitment("开工前核查", TUESDAY), TUESDAY),
                "verificationDeadline");
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.SUBMITTED);
    }

    @Test
    void rejecting_needs_reasons_and_carries_them() {
        assertInvalid(() -> story.decide(PERMIT, reject(""), TUESDAY), "reasons");

        story.decide(PERMIT, reject("不符合规划条件"), TUESDAY);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.REJECTED);
        ItemDecided decided = story.event(ItemDecided.class);
        assertThat(decided.reasons()).isEqualTo("不符合规划条件");
        assertThat(decided.finalDecision()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void no_decision_is_taken_on_an_item_already_decided(Decision decision) {
        story.decide(PERMIT, reject("不符合规划条件"), TUESDAY);

        assertRule(() -> story.decide(PERMIT, fullCommand(decision), WEDNESDAY), ApprovalRules.ITEM_ALREADY_DECIDED);
    }

    @Test
    void a_decision_on_an_outdated_version_of_the_item_is_refused() {
        story.decide(PERMIT, accept(), TUESDAY);
        ApprovalCase current = story.approvalCase;

        assertThatThrownBy(() -> current.decide(PERMIT, 1, approve(), "officer", WEDNESDAY, at(WEDNESDAY),
                CALENDAR)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> current.decide(PERMIT, 3, approve(), "officer", WEDNESDAY, at(WEDNESDAY),
                CALENDAR)).isInstanceOf(StaleVersionException.class);
        // Another department's item is not held up by it.
        assertThat(current.decide(FIRE, 1, accept(), "officer", WEDNESDAY, at(WEDNESDAY), CALENDAR).events())
                .hasSize(1);
    }

    @Test
    void resubmissions_cures_and_verifications_on_an_outdated_version_are_refused_too() {
        story.decide(PERMIT, returnForCorrection("缺签章"), TUESDAY)
                .decide(FIRE, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY)
                .decide(AIR_DEFENCE, approveOnCommitment("开工前核查", LocalDate.of(2026, 3, 1)), TUESDAY);
        ApprovalCase current = story.approvalCase;

        assertThatThrownBy(() -> current.resubmit(PERMIT, 1, "again", "enterprise-user", WEDNESDAY, at(WEDNESDAY),
                CALENDAR)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> current.cureDeficiencies(FIRE, 1, "here", "enterprise-user", WEDNESDAY,
                at(WEDNESDAY), CALENDAR)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> current.verifyCommitment(AIR_DEFENCE, 1, true, "ok", "officer", WEDNESDAY,
                at(WEDNESDAY), CALENDAR)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void a_decision_on_an_item_the_case_does_not_have_is_not_found() {
        assertThatThrownBy(() -> story.approvalCase.decide("NO_SUCH_ITEM", 1, accept(), "officer", TUESDAY,
                at(TUESDAY), CALENDAR)).isInstanceOf(NotFoundException.class).hasMessageContaining("NO_SUCH_ITEM");
        assertThatThrownBy(() -> story.approvalCase.resubmit("NO_SUCH_ITEM", 1, "n", "enterprise-user", TUESDAY,
                at(TUESDAY), CALENDAR)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void nothing_more_is_decided_in_a_closed_case() {
        story.approveAll(TUESDAY);
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.COMPLETED);

        assertRule(() -> story.decide(PERMIT, accept(), WEDNESDAY), ApprovalRules.CASE_CLOSED);
        assertRule(() -> story.decide(PERMIT, reject("late second thoughts"), WEDNESDAY), ApprovalRules.CASE_CLOSED);
        assertRule(() -> story.resubmit(PERMIT, WEDNESDAY), ApprovalRules.CASE_CLOSED);
        assertRule(() -> story.cure(PERMIT, WEDNESDAY), ApprovalRules.CASE_CLOSED);
    }

    @Test
    void nothing_more_is_decided_in_a_rejected_case_either() {
        story.decide(PERMIT, reject("不符合规划条件"), TUESDAY).approveAll(TUESDAY);
        assertThat(story.approvalCase.status()).isEqualTo(CaseStatus.REJECTED);

        assertRule(() -> story.decide(FIRE, reject("too"), WEDNESDAY), ApprovalRules.CASE_CLOSED);
    }

    @Test
    void each_decision_follows_only_the_states_it_is_allowed_in() {
        story.decide(PERMIT, accept(), TUESDAY);
        assertRule(() -> story.decide(PERMIT, accept(), WEDNESDAY), ApprovalRules.DECISION_ALLOWED_IN_STATE);
        assertRule(() -> story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "x"), WEDNESDAY),
                ApprovalRules.DECISION_ALLOWED_IN_STATE);

        story.decide(FIRE, acceptWithDeficiencies(LocalDate.of(2025, 11, 7), "施工合同"), TUESDAY);
        assertRule(() -> story.decide(FIRE, approveOnCommitment("核查", LocalDate.of(2026, 3, 1)), WEDNESDAY),
                ApprovalRules.DECISION_ALLOWED_IN_STATE);

        story.decide(SITE_PLAN, returnForCorrection("缺签章"), TUESDAY);
        assertRule(() -> story.decide(SITE_PLAN, returnForCorrection("again"), WEDNESDAY),
                ApprovalRules.DECISION_ALLOWED_IN_STATE);
        assertRule(() -> story.decide(SITE_PLAN, accept(), WEDNESDAY), ApprovalRules.DECISION_ALLOWED_IN_STATE);
        assertRule(() -> story.decide(SITE_PLAN, approve(), WEDNESDAY), ApprovalRules.DECISION_ALLOWED_IN_STATE);
    }

    @Test
    void a_suspended_item_can_still_be_rejected() {
        story.decide(PERMIT, acceptWithDeficiencies(LocalDate.of(2025, 11, 5), "施工合同"), TUESDAY)
                .passTime(LocalDate.of(2025, 11, 6));
        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.SUSPENDED);

        story.decide(PERMIT, reject("材料始终未补齐"), LocalDate.of(2025, 11, 7));

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.REJECTED);
    }

    @Test
    void an_item_returned_for_correction_can_still_be_rejected() {
        story.decide(PERMIT, returnForCorrection("缺签章"), TUESDAY);

        story.decide(PERMIT, reject("逾期未补正"), WEDNESDAY);

        assertThat(story.item(PERMIT).state()).isEqualTo(ItemState.REJECTED);
    }

    @Test
    void only_a_returned_item_is_resubmitted_and_only_an_item_owing_materials_is_cured() {
        assertRule(() -> story.resubmit(PERMIT, TUESDAY), ApprovalRules.RESUBMISSION_NEEDS_RETURN);
        assertRule(() -> story.cure(PERMIT, TUESDAY), ApprovalRules.CURE_NEEDS_DEFICIENCIES);
        story.decide(PERMIT, accept(), TUESDAY);
        assertRule(() -> story.cure(PERMIT, WEDNESDAY), ApprovalRules.CURE_NEEDS_DEFICIENCIES);
    }

    private static DecisionCommand fullCommand(Decision decision) {
        return new DecisionCommand(decision, "reasons", List.of("施工合同"), LocalDate.of(2025, 11, 20), "核查",
                LocalDate.of(2026, 3, 1), false);
    }
}

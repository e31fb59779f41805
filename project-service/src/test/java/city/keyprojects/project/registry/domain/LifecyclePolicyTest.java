package city.keyprojects.project.registry.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import city.keyprojects.platform.problem.RuleViolationException;

class LifecyclePolicyTest {

    private static final Set<ApprovalStage> NONE = Set.of();
    private static final Set<ApprovalStage> ALL = Set.of(ApprovalStage.values());

    @Test
    void a_project_moves_forward_one_stage_at_a_time() {
        allowed(Stage.RESERVE, Stage.PREPARATION, ALL);
        allowed(Stage.PREPARATION, Stage.UNDER_CONSTRUCTION, ALL);
        allowed(Stage.UNDER_CONSTRUCTION, Stage.COMPLETED, ALL);
        allowed(Stage.COMPLETED, Stage.IN_PRODUCTION, ALL);
    }

    @Test
    void a_project_skips_no_stage_and_never_goes_back() {
        refused(Stage.RESERVE, move(Stage.UNDER_CONSTRUCTION), ALL, "stage-order");
        refused(Stage.PREPARATION, move(Stage.COMPLETED), ALL, "stage-order");
        refused(Stage.UNDER_CONSTRUCTION, move(Stage.PREPARATION), ALL, "stage-order");
        refused(Stage.PREPARATION, move(Stage.RESERVE), ALL, "stage-order");
    }

    @Test
    void construction_does_not_start_before_the_construction_permit_stage_is_complete() {
        refused(Stage.PREPARATION, move(Stage.UNDER_CONSTRUCTION),
                Set.of(ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE, ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT),
                "construction-permit-required");
    }

    @Test
    void a_fast_track_override_with_a_reason_starts_construction_without_the_permit() {
        assertThatCode(() -> LifecyclePolicy.check(Stage.PREPARATION, null,
                new LifecyclePolicy.Move(Stage.UNDER_CONSTRUCTION, "拿地即开工", true), NONE))
                .doesNotThrowAnyException();
    }

    @Test
    void a_fast_track_override_needs_a_reason() {
        refused(Stage.PREPARATION, new LifecyclePolicy.Move(Stage.UNDER_CONSTRUCTION, "  ", true), NONE,
                "reason-required");
    }

    @Test
    void a_fast_track_override_is_only_for_starting_construction() {
        refused(Stage.UNDER_CONSTRUCTION, new LifecyclePolicy.Move(Stage.COMPLETED, "赶工期", true), NONE,
                "fast-track-only-to-start");
    }

    @Test
    void completion_needs_the_completion_acceptance_stage_and_nothing_overrides_it() {
        refused(Stage.UNDER_CONSTRUCTION, move(Stage.COMPLETED), Set.of(ApprovalStage.CONSTRUCTION_PERMIT),
                "completion-acceptance-required");
        allowed(Stage.UNDER_CONSTRUCTION, Stage.COMPLETED, Set.of(ApprovalStage.COMPLETION_ACCEPTANCE));
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = { "RESERVE", "PREPARATION", "UNDER_CONSTRUCTION", "COMPLETED" })
    void any_active_project_may_be_suspended_or_cancelled_with_a_reason(Stage current) {
        assertThatCode(() -> LifecyclePolicy.check(current, null,
                new LifecyclePolicy.Move(Stage.SUSPENDED, "资金未到位", false), NONE)).doesNotThrowAnyException();
        assertThatCode(() -> LifecyclePolicy.check(current, null,
                new LifecyclePolicy.Move(Stage.CANCELLED, "企业撤资", false), NONE)).doesNotThrowAnyException();
    }

    @Test
    void suspending_or_cancelling_needs_a_reason() {
        refused(Stage.PREPARATION, move(Stage.SUSPENDED), NONE, "reason-required");
        refused(Stage.PREPARATION, move(Stage.CANCELLED), NONE, "reason-required");
    }

    @Test
    void a_suspended_project_resumes_only_where_it_stopped() {
        assertThatCode(() -> LifecyclePolicy.check(Stage.SUSPENDED, Stage.UNDER_CONSTRUCTION,
                move(Stage.UNDER_CONSTRUCTION), NONE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> LifecyclePolicy.check(Stage.SUSPENDED, Stage.UNDER_CONSTRUCTION,
                move(Stage.COMPLETED), ALL)).hasFieldOrPropertyWithValue("rule", "resume-where-suspended");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = { "IN_PRODUCTION", "CANCELLED" })
    void production_and_cancellation_are_final(Stage current) {
        for (Stage target : List.of(Stage.SUSPENDED, Stage.CANCELLED, Stage.COMPLETED)) {
            if (target != current) {
                refused(current, new LifecyclePolicy.Move(target, "reason", false), ALL, "stage-final");
            }
        }
    }

    @Test
    void moving_to_the_stage_the_project_is_in_is_refused() {
        refused(Stage.PREPARATION, move(Stage.PREPARATION), ALL, "stage-unchanged");
    }

    private static LifecyclePolicy.Move move(Stage target) {
        return new LifecyclePolicy.Move(target, null, false);
    }

    private static void allowed(Stage current, Stage target, Set<ApprovalStage> completed) {
        assertThatCode(() -> LifecyclePolicy.check(current, null, move(target), completed))
                .as(current + " → " + target).doesNotThrowAnyException();
    }

    private static void refused(Stage current, LifecyclePolicy.Move move, Set<ApprovalStage> completed, String rule) {
        assertThatThrownBy(() -> LifecyclePolicy.check(current, null, move, completed))
                .as(current + " → " + move.target())
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("rule", rule);
    }
}

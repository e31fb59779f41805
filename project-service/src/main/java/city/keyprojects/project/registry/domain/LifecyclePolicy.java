package city.keyprojects.project.registry.domain;

import java.util.Collection;
import java.util.List;

import city.keyprojects.platform.problem.RuleViolationException;

/**
 * Which stage moves are allowed (项目类别: 储备 → 准备类 → 实施类 → 竣工 → 投产). Each refusal names its rule:
 * <ul>
 * <li>{@code stage-unchanged}: the project is already in that stage;</li>
 * <li>{@code stage-final}: nothing follows production or cancellation;</li>
 * <li>{@code stage-order}: forward one stage at a time, never back;</li>
 * <li>{@code reason-required}: suspending, cancelling and fast-tracking need a reason;</li>
 * <li>{@code resume-where-suspended}: a suspended project resumes in the stage it left (or is cancelled);</li>
 * <li>{@code construction-permit-required}: construction starts only once the approval service reported the
 * construction-permit stage complete, unless fast-tracked (拿地即开工);</li>
 * <li>{@code completion-acceptance-required}: completed only once the completion-acceptance stage is complete;</li>
 * <li>{@code fast-track-only-to-start}: a fast-track override is only for starting construction.</li>
 * </ul>
 */
public final class LifecyclePolicy {

    private static final List<Stage> ORDER = List.of(Stage.RESERVE, Stage.PREPARATION, Stage.UNDER_CONSTRUCTION,
            Stage.COMPLETED, Stage.IN_PRODUCTION);

    private LifecyclePolicy() {
    }

    /** The move requested: to which stage, why, and whether an admin overrides the permit requirement. */
    public record Move(Stage target, String reason, boolean fastTrack) {

        public Move {
            reason = reason == null || reason.isBlank() ? null : reason.strip();
        }
    }

    /**
     * @param suspendedFrom the stage a suspended project left, else null
     * @throws RuleViolationException naming the rule the move breaks
     */
    public static void check(Stage current, Stage suspendedFrom, Move move, Collection<ApprovalStage> completed) {
        Stage target = move.target();
        if (target == current) {
            throw violation("stage-unchanged", "The project is already " + current + ".");
        }
        if (current == Stage.IN_PRODUCTION || current == Stage.CANCELLED) {
            throw violation("stage-final", "A project " + current + " does not change stage any more.");
        }
        if (move.fastTrack() && target != Stage.UNDER_CONSTRUCTION) {
            throw violation("fast-track-only-to-start", "A fast-track override is only for starting construction.");
        }
        if ((target == Stage.SUSPENDED || target == Stage.CANCELLED || move.fastTrack()) && move.reason() == null) {
            throw violation("reason-required", "Say why the project is " + (move.fastTrack() ? "fast-tracked"
                    : target == Stage.SUSPENDED ? "suspended" : "cancelled") + ".");
        }
        if (target == Stage.SUSPENDED || target == Stage.CANCELLED) {
            return;
        }
        if (current == Stage.SUSPENDED) {
            if (target != suspendedFrom) {
                throw violation("resume-where-suspended",
                        "A suspended project resumes in the stage it left: " + suspendedFrom + ".");
            }
            return;
        }
        if (ORDER.indexOf(target) != ORDER.indexOf(current) + 1) {
            throw violation("stage-order", "A project in " + current + " moves on to "
                    + ORDER.get(ORDER.indexOf(current) + 1) + ", not to " + target + ".");
        }
        if (target == Stage.UNDER_CONSTRUCTION && !move.fastTrack()
                && !completed.contains(ApprovalStage.CONSTRUCTION_PERMIT)) {
            throw violation("construction-permit-required", "Construction starts once the construction-permit "
                    + "stage is complete, or with a fast-track override by the key-project centre.");
        }
        if (target == Stage.COMPLETED && !completed.contains(ApprovalStage.COMPLETION_ACCEPTANCE)) {
            throw violation("completion-acceptance-required",
                    "A project is completed once the completion-acceptance stage is complete.");
        }
    }

    private static RuleViolationException violation(String rule, String message) {
        return new RuleViolationException(rule, message);
    }
}

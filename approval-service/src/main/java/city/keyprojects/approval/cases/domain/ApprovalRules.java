package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

/** The rules of approval cases, each under the name a refusal quotes (409 {@code rule-violation}). */
public final class ApprovalRules {

    public static final String ONE_OPEN_CASE_PER_STAGE = "one-open-case-per-stage";
    public static final String STAGE_COMPLETED_ONCE = "stage-completed-once";
    public static final String STAGE_HAS_ITEMS = "stage-has-items";
    public static final String CASE_CLOSED = "case-closed";
    public static final String ITEM_ALREADY_DECIDED = "item-already-decided";
    public static final String DECISION_ALLOWED_IN_STATE = "decision-allowed-in-state";
    public static final String ACCEPTED_BEFORE_APPROVAL = "accepted-before-approval";
    public static final String DEFICIENCIES_CURED_BEFORE_APPROVAL = "deficiencies-cured-before-approval";
    public static final String RESUBMISSION_NEEDS_RETURN = "resubmission-needs-return";
    public static final String CURE_NEEDS_DEFICIENCIES = "cure-needs-deficiencies";
    public static final String CURE_WITHIN_SUSPENSION_LIMIT = "cure-within-suspension-limit";
    public static final String VERIFICATION_NEEDS_COMMITMENT = "verification-needs-commitment";
    public static final String COMMITMENT_VERIFIED_ONCE = "commitment-verified-once";
    public static final String JOINT_INSPECTION_ONLY_IN_JOINT_ACCEPTANCE = "joint-inspection-only-in-joint-acceptance";
    public static final String JOINT_INSPECTION_HELD = "joint-inspection-held";

    /** The longest cure deadline or verification deadline a decision may set, in days from today. */
    public static final int LONGEST_DEADLINE_DAYS = 366;

    private static final Set<ItemState> ACCEPTABLE = EnumSet.of(ItemState.SUBMITTED);
    private static final Set<ItemState> RETURNABLE = EnumSet.of(ItemState.SUBMITTED, ItemState.ACCEPTED,
            ItemState.ACCEPTED_WITH_DEFICIENCIES);
    private static final Set<ItemState> APPROVABLE_ON_COMMITMENT = EnumSet.of(ItemState.SUBMITTED,
            ItemState.ACCEPTED);
    private static final Set<ItemState> REJECTABLE = EnumSet.of(ItemState.SUBMITTED, ItemState.ACCEPTED,
            ItemState.ACCEPTED_WITH_DEFICIENCIES, ItemState.SUSPENDED, ItemState.RETURNED_FOR_CORRECTION,
            ItemState.RETURNED);

    private ApprovalRules() {
    }

    public static void requireOpen(ApprovalCase approvalCase) {
        if (approvalCase.status() != CaseStatus.OPEN) {
            throw new RuleViolationException(CASE_CLOSED,
                    "Case " + approvalCase.caseId() + " is " + approvalCase.status() + ": nothing more is decided in it.");
        }
    }

    /**
     * Which decision may follow which state: accepting needs a fresh submission; approving needs an accepted item
     * whose materials are complete; approval on commitment comes instead of the review, so not after deficiencies;
     * an item waiting for the applicant can only be rejected.
     */
    public static void requireDecisionAllowed(ApprovalItem item, Decision decision) {
        if (item.state().isFinal()) {
            throw new RuleViolationException(ITEM_ALREADY_DECIDED,
                    "Item " + item.code() + " is already " + item.state() + ".");
        }
        boolean allowed = switch (decision) {
            case ACCEPT, ACCEPT_WITH_DEFICIENCIES -> ACCEPTABLE.contains(item.state());
            case RETURN_FOR_CORRECTION -> RETURNABLE.contains(item.state());
            case APPROVE -> {
                if (item.state() == ItemState.SUBMITTED) {
                    throw new RuleViolationException(ACCEPTED_BEFORE_APPROVAL,
                            "Item " + item.code() + " must be accepted (受理) before it is approved.");
                }
                if (item.state() == ItemState.ACCEPTED_WITH_DEFICIENCIES) {
                    throw new RuleViolationException(DEFICIENCIES_CURED_BEFORE_APPROVAL,
                            "Item " + item.code() + " still lacks " + String.join(", ", item.missingMaterials())
                                    + ": it is approved once they are delivered.");
                }
                yield item.state() == ItemState.ACCEPTED;
            }
            case APPROVE_ON_COMMITMENT -> APPROVABLE_ON_COMMITMENT.contains(item.state());
            case REJECT -> REJECTABLE.contains(item.state());
        };
        if (!allowed) {
            throw new RuleViolationException(DECISION_ALLOWED_IN_STATE,
                    "Item " + item.code() + " is " + item.state() + ": " + decision + " is not possible now.");
        }
    }

    /**
     * What each decision must carry; a 400 naming the fields that are missing or wrong. In joint acceptance every
     * department's opinion is part of the combined opinion, so an approval carries it in {@code reasons} too.
     */
    public static void requireDetails(DecisionCommand command, boolean jointAcceptance, LocalDate today) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (jointAcceptance && isBlank(command.reasons())
                && (command.decision() == Decision.APPROVE || command.decision() == Decision.APPROVE_ON_COMMITMENT)) {
            errors.add(new InvalidInputException.FieldError("reasons",
                    "give the department's opinion of the joint acceptance (联合验收)"));
        }
        switch (command.decision()) {
            case ACCEPT_WITH_DEFICIENCIES -> {
                if (command.missingMaterials().isEmpty()) {
                    errors.add(new InvalidInputException.FieldError("missingMaterials",
                            "name the materials still missing"));
                }
                requireDeadlineAhead("cureDeadline", command.cureDeadline(), today, errors);
            }
            case RETURN_FOR_CORRECTION, REJECT -> requireReasons(command, errors);
            case APPROVE_ON_COMMITMENT -> {
                if (isBlank(command.verificationObligation())) {
                    errors.add(new InvalidInputException.FieldError("verificationObligation",
                            "say what will be verified"));
                }
                requireDeadlineAhead("verificationDeadline", command.verificationDeadline(), today, errors);
            }
            case ACCEPT, APPROVE -> {
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** In joint acceptance each department gives its opinion after the one joint inspection, not before. */
    public static void requireJointInspectionHeld(ApprovalCase approvalCase, Decision decision, LocalDate today) {
        boolean opinion = decision == Decision.APPROVE || decision == Decision.APPROVE_ON_COMMITMENT
                || decision == Decision.REJECT;
        if (!approvalCase.stage().isJointAcceptance() || !opinion) {
            return;
        }
        JointInspection inspection = approvalCase.jointInspection();
        if (inspection == null || inspection.date().isAfter(today)) {
            throw new RuleViolationException(JOINT_INSPECTION_HELD,
                    "In joint completion acceptance (联合验收) the departments decide after the joint inspection"
                            + (inspection == null ? ", which is not scheduled yet." : " of " + inspection.date() + "."));
        }
    }

    public static void requireJointAcceptance(ApprovalCase approvalCase) {
        if (!approvalCase.stage().isJointAcceptance()) {
            throw new RuleViolationException(JOINT_INSPECTION_ONLY_IN_JOINT_ACCEPTANCE,
                    "Only completion acceptance is inspected jointly; " + approvalCase.stage() + " is not.");
        }
    }

    public static void requireReturned(ApprovalItem item) {
        if (item.state() != ItemState.RETURNED_FOR_CORRECTION && item.state() != ItemState.RETURNED) {
            throw new RuleViolationException(RESUBMISSION_NEEDS_RETURN,
                    "Item " + item.code() + " is " + item.state() + ": only a returned item is resubmitted.");
        }
    }

    public static void requireDeficiencies(ApprovalItem item) {
        if (item.state() != ItemState.ACCEPTED_WITH_DEFICIENCIES && item.state() != ItemState.SUSPENDED) {
            throw new RuleViolationException(CURE_NEEDS_DEFICIENCIES,
                    "Item " + item.code() + " is " + item.state() + ": it owes no missing materials.");
        }
    }

    /** Materials that come after the last day to cure come too late, whether or not the item was returned yet. */
    public static void requireCureInTime(ApprovalItem item, LocalDate today,
            WorkingDayCalendar calendar) {
        boolean owing = item.state() == ItemState.SUSPENDED || item.state() == ItemState.ACCEPTED_WITH_DEFICIENCIES;
        if (owing && today.isAfter(DeficiencyCure.lastDayToCure(item.cureDeadline(), calendar))) {
            throw new RuleViolationException(CURE_WITHIN_SUSPENSION_LIMIT,
                    "Item " + item.code() + " could be cured until " + DeficiencyCure.lastDayToCure(
                            item.cureDeadline(), calendar) + "; it is returned (退件) and must be resubmitted.");
        }
    }

    public static void requireCommitmentToVerify(ApprovalItem item) {
        if (item.commitment() == null) {
            throw new RuleViolationException(VERIFICATION_NEEDS_COMMITMENT,
                    "Item " + item.code() + " was not approved on commitment.");
        }
        if (item.commitment().verified()) {
            throw new RuleViolationException(COMMITMENT_VERIFIED_ONCE,
                    "The commitment of item " + item.code() + " was verified on " + item.commitment().verifiedOn() + ".");
        }
    }

    private static void requireReasons(DecisionCommand command, List<InvalidInputException.FieldError> errors) {
        if (isBlank(command.reasons())) {
            errors.add(new InvalidInputException.FieldError("reasons",
                    "give the reasons for " + command.decision()));
        }
    }

    private static void requireDeadlineAhead(String field, LocalDate deadline, LocalDate today,
            List<InvalidInputException.FieldError> errors) {
        if (deadline == null) {
            errors.add(new InvalidInputException.FieldError(field, "is required for this decision"));
        } else if (!deadline.isAfter(today) || deadline.isAfter(today.plusDays(LONGEST_DEADLINE_DAYS))) {
            errors.add(new InvalidInputException.FieldError(field,
                    "must be after today and within " + LONGEST_DEADLINE_DAYS + " days"));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}

package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A department officer's decision on an item with what it needs: reasons (required to return, to reject, and the
 * opinion of a joint acceptance), the missing materials and cure deadline of an acceptance with deficiencies, the
 * verification obligation and deadline of an approval on commitment.
 */
public record DecisionCommand(Decision decision, String reasons, List<String> missingMaterials,
        LocalDate cureDeadline, String verificationObligation, LocalDate verificationDeadline,
        boolean extendedHours) {

    public DecisionCommand {
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
    }

    public static DecisionCommand of(Decision decision) {
        return new DecisionCommand(decision, null, List.of(), null, null, null, false);
    }
}

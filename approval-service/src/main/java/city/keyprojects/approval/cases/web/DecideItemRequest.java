package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import city.keyprojects.approval.cases.domain.Decision;
import city.keyprojects.approval.cases.domain.DecisionCommand;

/**
 * A department's decision on its item, taken on the item's {@code version} as the officer saw it. Which other fields
 * a decision needs is checked by the case (e.g. reasons to reject).
 */
record DecideItemRequest(
        @NotNull @Min(1) Long version,
        @NotNull Decision decision,
        @Size(max = 2000) String reasons,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> missingMaterials,
        LocalDate cureDeadline,
        @Size(max = 2000) String verificationObligation,
        LocalDate verificationDeadline,
        Boolean extendedHours) {

    DecisionCommand toCommand() {
        return new DecisionCommand(decision, strip(reasons),
                missingMaterials == null ? List.of() : missingMaterials.stream().map(String::strip).toList(),
                cureDeadline, strip(verificationObligation), verificationDeadline, Boolean.TRUE.equals(extendedHours));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

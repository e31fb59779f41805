package city.keyprojects.approval.cases.web;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The outcome of verifying an approval on commitment (告知承诺制), with what was found. */
record VerifyCommitmentRequest(@NotNull @Min(1) Long version, @NotNull Boolean passed,
        @NotBlank @Size(max = 2000) String findings) {
}

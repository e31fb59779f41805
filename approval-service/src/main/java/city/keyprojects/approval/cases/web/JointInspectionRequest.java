package city.keyprojects.approval.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** When and where the joint inspection (联合验收) takes place; {@code version} is the case's, as seen. */
record JointInspectionRequest(@NotNull @Min(1) Long version, @NotNull LocalDate date,
        @NotBlank @Size(max = 200) String place) {
}

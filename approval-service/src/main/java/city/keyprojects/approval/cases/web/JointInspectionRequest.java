package city.keyprojects.approval.cases.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * When and where the joint inspection (联合验收) takes place; {@code revision} is the inspection's as seen (0 while
 * none is set).
 */
record JointInspectionRequest(@NotNull @Min(0) @Max(1000) Integer revision, @NotNull LocalDate date,
        @NotBlank @Size(max = 200) String place) {
}

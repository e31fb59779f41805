package city.keyprojects.project.milestones.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/** The body of {@code PUT …/milestones/{milestoneId}/actual-date}: the corrected day, and why. */
public record CorrectActualDateRequest(
        @NotNull LocalDate actualDate,
        @NotBlank @Size(max = 500) String reason) {

    LocalDate plausibleActualDate() {
        return ReachMilestoneRequest.requirePlausible(actualDate);
    }
}

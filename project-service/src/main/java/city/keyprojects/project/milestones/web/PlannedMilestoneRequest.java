package city.keyprojects.project.milestones.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.milestones.domain.Milestone;
import city.keyprojects.project.milestones.domain.MilestoneKind;

/**
 * One line of a plan.
 *
 * @param milestoneId  the milestone this line replans (as the GET shows it); left out for a new one — a standard
 *                     kind already planned is found by its kind
 * @param name         required for {@code CUSTOM}, not allowed for the standard kinds
 */
public record PlannedMilestoneRequest(
        @Size(min = 1, max = 64) String milestoneId,
        @NotNull MilestoneKind kind,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
        @Size(max = Milestone.MAX_NAME_LENGTH) String name,
        @NotNull LocalDate plannedDate) {
}

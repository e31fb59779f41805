package city.keyprojects.project.milestones.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.milestones.domain.MilestoneKind;
import city.keyprojects.project.milestones.domain.MilestoneRules;
import city.keyprojects.project.milestones.domain.PlannedMilestone;

/**
 * The body of {@code PUT /api/projects/{id}/milestones}: the whole plan, and the {@code version} of the milestones
 * as read (0 while nothing is planned). Server-owned fields (actual dates, flags) cannot be sent.
 */
public record PlanMilestonesRequest(
        @NotNull @PositiveOrZero Long version,
        @NotNull @Size(max = 30) List<@NotNull @Valid PlannedMilestoneRequest> milestones) {

    /** @throws InvalidInputException naming each line whose name or date is not acceptable */
    List<PlannedMilestone> toPlan() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<PlannedMilestone> plan = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            PlannedMilestoneRequest line = milestones.get(i);
            String at = "milestones[" + i + "].";
            if (line.kind() == MilestoneKind.CUSTOM && line.name() == null) {
                errors.add(new InvalidInputException.FieldError(at + "name", "a custom milestone needs a name"));
            }
            if (line.kind().isStandard() && line.name() != null) {
                errors.add(new InvalidInputException.FieldError(at + "name",
                        "a " + line.kind() + " milestone is named by its kind; leave the name out"));
            }
            if (!MilestoneRules.isPlausible(line.plannedDate())) {
                errors.add(new InvalidInputException.FieldError(at + "plannedDate", "must be between "
                        + MilestoneRules.EARLIEST_DATE + " and " + MilestoneRules.LATEST_DATE));
            }
            plan.add(new PlannedMilestone(line.milestoneId(), line.kind(),
                    line.name() == null ? null : line.name().strip(), line.plannedDate()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return plan;
    }
}

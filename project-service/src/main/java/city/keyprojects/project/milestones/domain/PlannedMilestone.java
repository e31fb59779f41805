package city.keyprojects.project.milestones.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a plan as the planner states it, already validated for form.
 *
 * @param milestoneId  the existing milestone this line replans, or null: a standard kind is then matched by its
 *                     kind, a custom line is a new milestone
 */
public record PlannedMilestone(String milestoneId, MilestoneKind kind, String name, LocalDate plannedDate) {

    public PlannedMilestone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plannedDate, "plannedDate");
    }
}

package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A milestone's planned date (or a custom milestone's name) changed. {@code previousPlannedDate} and
 * {@code previousName} are the values before; {@code wasMissed} says whether the previous planned date had already
 * passed unreached — a missed milestone replanned. A new planned date may be missed, and reported, again.
 */
public record MilestoneReplanned(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, String previousName, LocalDate previousPlannedDate, boolean wasMissed,
        Instant replannedAt) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-replanned";
    }
}

package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone was added to the project's plan. */
public record MilestonePlanned(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, Instant plannedAt) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-planned";
    }
}

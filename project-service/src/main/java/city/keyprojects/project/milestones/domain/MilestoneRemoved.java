package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone not yet reached was taken out of the plan. */
public record MilestoneRemoved(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, Instant removedAt) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-removed";
    }
}

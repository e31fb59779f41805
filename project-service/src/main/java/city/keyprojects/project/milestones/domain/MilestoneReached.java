package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A milestone was reached on {@code actualDate}; late when that is after {@code plannedDate}. */
public record MilestoneReached(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, LocalDate actualDate, Instant recordedAt) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-reached";
    }
}

package city.keyprojects.project.milestones.domain;

import java.time.LocalDate;

/**
 * The milestone's planned date passed without it being reached; {@code detectedOn} is the day (in the city) the
 * detector noticed. Published once per planned date.
 */
public record MilestoneMissed(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, LocalDate detectedOn) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-missed";
    }
}

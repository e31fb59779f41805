package city.keyprojects.project.milestones.domain;

import java.time.Instant;
import java.time.LocalDate;

/** The key-project centre corrected the day a milestone was reached; the earlier value and why are kept. */
public record MilestoneActualDateCorrected(String projectId, String milestoneId, MilestoneKind kind, String name,
        LocalDate plannedDate, LocalDate actualDate, LocalDate previousActualDate, String reason,
        Instant correctedAt) implements MilestoneEvent {

    @Override
    public String type() {
        return "project.milestone-actual-date-corrected";
    }
}

package city.keyprojects.project.registry.domain;

import java.time.Instant;
import java.util.List;

/** Responsibility for a project was assigned, or reassigned ({@code previousOfficer} says from whom). */
public record ResponsibilityAssigned(
        String projectId,
        String leader,
        String department,
        String officer,
        List<String> serviceUnits,
        String previousOfficer,
        Instant assignedAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.responsibility-assigned";
    }
}

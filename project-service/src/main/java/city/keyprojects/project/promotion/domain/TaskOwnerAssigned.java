package city.keyprojects.project.promotion.domain;

import java.time.Instant;

/** An open onboarding task without an owner was given to the project's newly named officer. */
public record TaskOwnerAssigned(
        String projectId,
        String taskId,
        String ownerDepartment,
        String ownerPerson,
        Instant assignedAt) implements PromotionEvent {

    @Override
    public String type() {
        return "project.task-owner-assigned";
    }
}

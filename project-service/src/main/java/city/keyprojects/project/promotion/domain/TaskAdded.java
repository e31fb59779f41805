package city.keyprojects.project.promotion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A task was added to the plan: by hand ({@code CUSTOM}), or by the onboarding clock. */
public record TaskAdded(
        String projectId,
        String taskId,
        String title,
        TaskKind kind,
        String ownerDepartment,
        String ownerPerson,
        LocalDate dueDate,
        Instant addedAt) implements PromotionEvent {

    @Override
    public String type() {
        return "project.task-added";
    }
}

package city.keyprojects.project.promotion.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A task was done on {@code completedOn} (late if after {@code dueDate}). */
public record TaskCompleted(
        String projectId,
        String taskId,
        TaskKind kind,
        LocalDate dueDate,
        LocalDate completedOn,
        Instant recordedAt) implements PromotionEvent {

    @Override
    public String type() {
        return "project.task-completed";
    }
}

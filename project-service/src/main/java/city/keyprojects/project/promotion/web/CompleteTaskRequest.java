package city.keyprojects.project.promotion.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** The body of {@code POST /api/projects/{id}/promotion-plan/tasks/{taskId}/completion}: the day it was done. */
public record CompleteTaskRequest(@NotNull LocalDate completedOn) {
}

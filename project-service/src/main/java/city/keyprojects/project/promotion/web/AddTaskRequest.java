package city.keyprojects.project.promotion.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/projects/{id}/promotion-plan/tasks}: a task of the caller's own. */
public record AddTaskRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String ownerDepartment,
        @NotBlank @Size(max = 100) String ownerPerson,
        @NotNull LocalDate dueDate) {
}

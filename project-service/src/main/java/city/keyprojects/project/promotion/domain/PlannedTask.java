package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;

/** A task as a drawn-up plan lists it in its event: everything a reader needs to rebuild it. */
public record PlannedTask(
        String taskId,
        String title,
        TaskKind kind,
        String ownerDepartment,
        String ownerPerson,
        LocalDate dueDate,
        LocalDate completedOn) {
}

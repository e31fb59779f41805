package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;

/** A task was found past its due date and not done; published once per task and due date. */
public record TaskOverdue(
        String projectId,
        String taskId,
        String title,
        TaskKind kind,
        String ownerDepartment,
        String ownerPerson,
        LocalDate dueDate,
        int workingDaysOverdue,
        LocalDate detectedOn) implements PromotionEvent {

    @Override
    public String type() {
        return "project.task-overdue";
    }
}

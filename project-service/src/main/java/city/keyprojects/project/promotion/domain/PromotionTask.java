package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One task of a promotion plan: what, who answers for it (department and person; unknown until assigned for some
 * onboarding tasks), by when, and when it was done. {@code overdueReported} remembers that its overdue was
 * published, so that it is published once per due date.
 */
public record PromotionTask(
        String taskId,
        String title,
        TaskKind kind,
        String ownerDepartment,
        String ownerPerson,
        LocalDate dueDate,
        LocalDate completedOn,
        boolean overdueReported) {

    public PromotionTask {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** The id of the one task of a kind that a plan has at most one of (onboarding and template kinds). */
    static String idOf(TaskKind kind) {
        return kind.name().toLowerCase().replace('_', '-');
    }

    public boolean isDone() {
        return completedOn != null;
    }

    /** Past its due date and not done: a task due today is not late yet. */
    public boolean isOverdue(LocalDate today) {
        return !isDone() && dueDate.isBefore(today);
    }

    PromotionTask completed(LocalDate on) {
        return new PromotionTask(taskId, title, kind, ownerDepartment, ownerPerson, dueDate, on, overdueReported);
    }

    PromotionTask ownedBy(String department, String person) {
        return new PromotionTask(taskId, title, kind, department, person, dueDate, completedOn, overdueReported);
    }

    PromotionTask reportedOverdue() {
        return new PromotionTask(taskId, title, kind, ownerDepartment, ownerPerson, dueDate, completedOn, true);
    }

    PlannedTask planned() {
        return new PlannedTask(taskId, title, kind, ownerDepartment, ownerPerson, dueDate, completedOn);
    }
}

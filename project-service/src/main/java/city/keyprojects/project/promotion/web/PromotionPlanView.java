package city.keyprojects.project.promotion.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.promotion.domain.PromotionTask;
import city.keyprojects.project.promotion.domain.TaskKind;

/** A project's promotion plan as staff see it: tasks by due date, each flagged if overdue today. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PromotionPlanView(String projectId, LocalDate targetStart, LocalDate targetCompletion,
        LocalDate targetProduction, List<TaskView> tasks, long version) {

    /** One task; {@code overdue}: past its due date and not done. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TaskView(String taskId, String title, TaskKind kind, String ownerDepartment, String ownerPerson,
            LocalDate dueDate, LocalDate completedOn, boolean overdue) {

        static TaskView of(PromotionTask task, LocalDate today) {
            return new TaskView(task.taskId(), task.title(), task.kind(), task.ownerDepartment(), task.ownerPerson(),
                    task.dueDate(), task.completedOn(), task.isOverdue(today));
        }
    }

    static PromotionPlanView of(Stored<PromotionPlan> stored, LocalDate today) {
        PromotionPlan plan = stored.state();
        List<TaskView> tasks = plan.tasks().stream()
                .sorted(Comparator.comparing(PromotionTask::dueDate).thenComparing(PromotionTask::taskId))
                .map(task -> TaskView.of(task, today))
                .toList();
        return plan.targets() == null
                ? new PromotionPlanView(plan.projectId(), null, null, null, tasks, stored.version())
                : new PromotionPlanView(plan.projectId(), plan.targets().start(), plan.targets().completion(),
                        plan.targets().production(), tasks, stored.version());
    }
}

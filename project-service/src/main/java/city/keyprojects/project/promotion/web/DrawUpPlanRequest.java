package city.keyprojects.project.promotion.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.promotion.domain.TargetDates;
import city.keyprojects.project.promotion.domain.TaskKind;

/**
 * The body of {@code PUT /api/projects/{id}/promotion-plan}: the target dates (ISO dates; production optional) and,
 * for each task kind of the backward-planning template that applies, who answers for it.
 */
public record DrawUpPlanRequest(
        @NotNull LocalDate targetStart,
        @NotNull LocalDate targetCompletion,
        LocalDate targetProduction,
        @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid TaskAssignmentRequest> tasks) {

    TargetDates toTargets() {
        return new TargetDates(targetStart, targetCompletion, targetProduction);
    }

    /** @throws InvalidInputException for a kind that is not from the template, or one given twice */
    List<PromotionPlan.Assignment> toAssignments() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        Set<TaskKind> seen = EnumSet.noneOf(TaskKind.class);
        for (int i = 0; i < tasks.size(); i++) {
            TaskKind kind = tasks.get(i).kind();
            String field = "tasks[" + i + "].kind";
            if (!kind.isBackwardPlanned()) {
                errors.add(new InvalidInputException.FieldError(field,
                        "must be a task kind of the backward-planning template"));
            } else if (!seen.add(kind)) {
                errors.add(new InvalidInputException.FieldError(field, "is given twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tasks.stream().map(TaskAssignmentRequest::toAssignment).toList();
    }
}

package city.keyprojects.project.promotion.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.promotion.domain.TaskKind;

/** One line of a plan being drawn up: a task kind of the template and who answers for it. */
public record TaskAssignmentRequest(
        @NotNull TaskKind kind,
        @NotBlank @Size(max = 100) String ownerDepartment,
        @NotBlank @Size(max = 100) String ownerPerson) {

    PromotionPlan.Assignment toAssignment() {
        return new PromotionPlan.Assignment(kind, ownerDepartment.strip(), ownerPerson.strip());
    }
}

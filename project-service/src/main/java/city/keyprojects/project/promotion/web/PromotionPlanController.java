package city.keyprojects.project.promotion.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.promotion.application.FindingPromotionPlans;
import city.keyprojects.project.promotion.application.PlanningPromotion;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import reactor.core.publisher.Mono;

/** Promotion plans (推进计划) and the supervision list of overdue tasks; access in {@code PromotionAccessRules}. */
@RestController
class PromotionPlanController {

    static final int MAX_PAGE_SIZE = 100;

    private final PlanningPromotion planning;
    private final FindingPromotionPlans finding;

    PromotionPlanController(PlanningPromotion planning, FindingPromotionPlans finding) {
        this.planning = planning;
        this.finding = finding;
    }

    /** Draws up (or redraws) the plan backwards from its target dates. */
    @PutMapping("/api/projects/{id}/promotion-plan")
    Mono<PromotionPlanView> drawUp(@PathVariable String id, @Valid @RequestBody DrawUpPlanRequest request,
            CurrentUser user) {
        return Mono.fromCallable(request::toAssignments)
                .flatMap(assignments -> planning.drawUp(id, request.toTargets(), assignments, user))
                .map(this::view);
    }

    @PostMapping("/api/projects/{id}/promotion-plan/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    Mono<PromotionPlanView> addTask(@PathVariable String id, @Valid @RequestBody AddTaskRequest request,
            CurrentUser user) {
        return planning.addTask(id, request.title().strip(), request.ownerDepartment().strip(),
                request.ownerPerson().strip(), request.dueDate(), user).map(this::view);
    }

    @PostMapping("/api/projects/{id}/promotion-plan/tasks/{taskId}/completion")
    Mono<PromotionPlanView> completeTask(@PathVariable String id,
            @PathVariable @Pattern(regexp = "[a-z0-9-]{1,40}", message = "is not a task id") String taskId,
            @Valid @RequestBody CompleteTaskRequest request, CurrentUser user) {
        return planning.completeTask(id, taskId, request.completedOn(), user).map(this::view);
    }

    @GetMapping("/api/projects/{id}/promotion-plan")
    Mono<PromotionPlanView> plan(@PathVariable String id) {
        return finding.byProject(id).map(this::view);
    }

    /** The supervision list (挂牌督办): every overdue task of every project, the longest overdue first. */
    @GetMapping("/api/promotion-tasks/overdue")
    Mono<OverdueTaskPage> overdue(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return finding.overdue(page, size).map(found -> new OverdueTaskPage(
                found.items().stream().map(OverdueTaskPage.Item::of).toList(), page, size, found.total()));
    }

    private PromotionPlanView view(Stored<PromotionPlan> stored) {
        return PromotionPlanView.of(stored, finding.today());
    }
}

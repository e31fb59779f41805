package city.keyprojects.project.promotion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.promotion.domain.TargetDates;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import reactor.core.publisher.Mono;

/**
 * Use cases of the centre and the project's officer: drawing the plan backwards from target dates, adding a task,
 * marking one done. Checked in this order: the project exists (404), the caller maintains it (403), the rules (409).
 */
@Service
public class PlanningPromotion {

    private final AggregateStore<PromotionPlan> plans;
    private final FindingProjects projects;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    PlanningPromotion(AggregateStore<PromotionPlan> plans, FindingProjects projects, WorkingDayCalendar calendar,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Mono<Stored<PromotionPlan>> drawUp(String projectId, TargetDates targets,
            List<PromotionPlan.Assignment> assignments, CurrentUser user) {
        return change(projectId, user, plan -> plan.drawUp(targets, assignments, today(), calendar, clock.instant()));
    }

    public Mono<Stored<PromotionPlan>> addTask(String projectId, String title, String ownerDepartment,
            String ownerPerson, LocalDate dueDate, CurrentUser user) {
        return change(projectId, user,
                plan -> plan.addTask(title, ownerDepartment, ownerPerson, dueDate, today(), clock.instant()));
    }

    public Mono<Stored<PromotionPlan>> completeTask(String projectId, String taskId, LocalDate completedOn,
            CurrentUser user) {
        return change(projectId, user, plan -> plan.complete(taskId, completedOn, today(), clock.instant()));
    }

    private Mono<Stored<PromotionPlan>> change(String projectId, CurrentUser user,
            Function<PromotionPlan, PromotionPlan.Result> command) {
        return projects.byId(projectId).flatMap(project -> {
            if (!ProjectAccessPolicy.mayMaintain(user, project.state())) {
                return Mono.error(new ForbiddenException(
                        "Only the key-project centre and the project's own officer may change its promotion plan."));
            }
            return plans.find(PromotionPlan.idFor(projectId)).map(Optional::of).defaultIfEmpty(Optional.empty())
                    .flatMap(read -> {
                        PromotionPlan plan = read.map(Stored::state).orElseGet(() -> PromotionPlan.empty(projectId));
                        return SavingPlans.save(plans, read, command.apply(plan), user.actor());
                    });
        });
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}

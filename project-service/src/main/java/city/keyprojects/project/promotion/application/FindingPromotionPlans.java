package city.keyprojects.project.promotion.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import city.keyprojects.project.promotion.domain.PromotionTask;
import city.keyprojects.project.registry.application.FindingProjects;
import reactor.core.publisher.Mono;

/** Queries: one project's plan, and the supervision list of overdue tasks (挂牌督办). */
@Service
public class FindingPromotionPlans {

    private static final Comparator<OverdueTask> MOST_OVERDUE_FIRST = Comparator
            .comparing((OverdueTask overdue) -> overdue.task().dueDate())
            .thenComparing(OverdueTask::projectId)
            .thenComparing(overdue -> overdue.task().taskId());

    private final AggregateStore<PromotionPlan> plans;
    private final FindingProjects projects;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    FindingPromotionPlans(AggregateStore<PromotionPlan> plans, FindingProjects projects, WorkingDayCalendar calendar,
            Clock clock) {
        this.plans = plans;
        this.projects = projects;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The plan of a project: 404 if the project is unknown or has no plan yet. */
    public Mono<Stored<PromotionPlan>> byProject(String projectId) {
        return projects.byId(projectId).then(plans.find(PromotionPlan.idFor(projectId)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Project " + projectId + " has no promotion plan yet.")));
    }

    /** A task past its due date and not done, with how many working days it is late. */
    public record OverdueTask(String projectId, PromotionTask task, int workingDaysOverdue) {
    }

    /** One page of overdue tasks, most overdue first, and how many there are in all. */
    public record Page(List<OverdueTask> items, long total) {
    }

    /**
     * Every overdue task as of today. Only plans with an overdue task are read (a criterion on the stored tasks);
     * a city has some hundreds of key projects, so their overdue tasks are sorted and paged in memory.
     */
    public Mono<Page> overdue(int page, int size) {
        LocalDate today = today();
        return plans.find(new Query(OverdueTasks.overdueOn(today)))
                .flatMapIterable(stored -> stored.state().tasks().stream()
                        .filter(task -> task.isOverdue(today))
                        .map(task -> new OverdueTask(stored.state().projectId(), task,
                                calendar.workingDaysBetween(task.dueDate(), today)))
                        .toList())
                .sort(MOST_OVERDUE_FIRST)
                .collectList()
                .map(all -> new Page(all.stream().skip((long) page * size).limit(size).toList(), all.size()));
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}

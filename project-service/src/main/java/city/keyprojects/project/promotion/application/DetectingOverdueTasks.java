package city.keyprojects.project.promotion.application;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import reactor.core.publisher.Mono;

/** Finds the tasks that went overdue and publishes {@code project.task-overdue} once for each. */
@Service
public class DetectingOverdueTasks {

    private static final Logger log = LoggerFactory.getLogger(DetectingOverdueTasks.class);

    private final AggregateStore<PromotionPlan> plans;
    private final WorkingDayCalendar calendar;

    DetectingOverdueTasks(AggregateStore<PromotionPlan> plans, WorkingDayCalendar calendar) {
        this.plans = plans;
        this.calendar = calendar;
    }

    /**
     * Reads only the plans with an overdue task not reported yet. A plan changed concurrently is left for the
     * next run, which finds it again (nothing was marked).
     *
     * @return how many tasks were reported overdue now
     */
    public Mono<Integer> detectOverdue(LocalDate today) {
        return plans.find(new Query(OverdueTasks.unreportedOn(today)))
                .concatMap(stored -> report(stored, today))
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> report(Stored<PromotionPlan> stored, LocalDate today) {
        PromotionPlan.Result result = stored.state().detectOverdue(today, calendar);
        if (result.events().isEmpty()) {
            return Mono.just(0);
        }
        return plans.update(stored, result.plan(), ProjectTopic.outgoing(result.events()), Actor.SYSTEM)
                .thenReturn(result.events().size())
                .onErrorResume(StaleVersionException.class, stale -> {
                    log.info("Promotion plan {} changed while checking it for overdue tasks; next run", stored.id());
                    return Mono.just(0);
                });
    }
}

package city.keyprojects.project.promotion.application;

import java.util.Optional;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.promotion.domain.PromotionPlan;
import reactor.core.publisher.Mono;

/** Writes a command's result: a new plan is created, an existing one updated, and a result without events skipped. */
final class SavingPlans {

    private SavingPlans() {
    }

    static Mono<Stored<PromotionPlan>> save(AggregateStore<PromotionPlan> plans, Optional<Stored<PromotionPlan>> read,
            PromotionPlan.Result result, Actor actor) {
        if (result.events().isEmpty()) {
            return Mono.justOrEmpty(read);
        }
        return read.isPresent()
                ? plans.update(read.get(), result.plan(), ProjectTopic.outgoing(result.events()), actor)
                : plans.create(result.plan().id(), result.plan(), ProjectTopic.outgoing(result.events()),
                        actor);
    }
}

package city.keyprojects.project.policies.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.policies.domain.Policy;
import reactor.core.publisher.Mono;

/** Use case: the key-project centre withdraws a policy (废止). */
@Service
public class WithdrawingPolicy {

    private final AggregateStore<Policy> policies;
    private final FindingPolicies finding;
    private final Clock clock;

    WithdrawingPolicy(AggregateStore<Policy> policies, FindingPolicies finding, Clock clock) {
        this.policies = policies;
        this.finding = finding;
        this.clock = clock;
    }

    /** Withdraws the policy; one already withdrawn comes back unchanged, with no event. */
    public Mono<Stored<Policy>> withdraw(String id, String reason, Actor actor) {
        return finding.byId(id).flatMap(stored -> {
            Policy.Result result = stored.state().withdraw(reason, clock.instant());
            return result.events().isEmpty() ? Mono.just(stored)
                    : policies.update(stored, result.policy(), ProjectTopic.outgoing(result.events()), actor);
        });
    }
}

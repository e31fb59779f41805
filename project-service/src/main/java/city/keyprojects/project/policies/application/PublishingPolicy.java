package city.keyprojects.project.policies.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.policies.domain.Policy;
import reactor.core.publisher.Mono;

/**
 * Use case: the key-project centre publishes a policy; it is matched to the projects it fits, and the published
 * event names them so that the policy can be pushed to their enterprises. A project registered while this runs
 * is not named in the event, but sees the policy among its own.
 */
@Service
public class PublishingPolicy {

    private final AggregateStore<Policy> policies;
    private final MatchingProjects matching;
    private final Clock clock;

    PublishingPolicy(AggregateStore<Policy> policies, MatchingProjects matching, Clock clock) {
        this.policies = policies;
        this.matching = matching;
        this.clock = clock;
    }

    /** The published policy and the projects it was pushed to. */
    public record Publication(Stored<Policy> policy, List<String> projectIds) {
    }

    /** @throws InvalidInputException (as the error signal) if the policy has already expired */
    public Mono<Publication> publish(Policy.Details details, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        if (details.validUntil() != null && details.validUntil().isBefore(today)) {
            return Mono.error(new InvalidInputException("validUntil", "must not be in the past"));
        }
        Policy policy = Policy.of(UUID.randomUUID().toString(), details, clock.instant());
        return matching.fitting(policy, today).collectList().flatMap(projectIds -> {
            Policy.Result result = policy.publish(projectIds);
            return policies.create(policy.id(), result.policy(), ProjectTopic.outgoing(result.events()), actor)
                    .map(stored -> new Publication(stored, projectIds));
        });
    }
}

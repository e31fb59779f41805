package city.keyprojects.approval.cases.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.events.ApprovalTopic;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The approval cases, one document each in {@code approval_cases} with its outbox.
 *
 * <p>Departments decide different items of the same case at the same moment. Each change is written with the
 * case's optimistic version check, so none is ever lost; one that finds the case moved on since it was read is
 * simply read and applied again. Whether the user's own view was outdated is the item's version's business
 * (checked by the aggregate), so a department is never refused because another decided its own item meanwhile.
 */
@Service
public class ApprovalCases {

    static final String COLLECTION = "approval_cases";
    /** Enough for a whole stage's departments deciding at once, with jitter so that they do not collide again. */
    private static final Retry MOVED_ON = Retry.backoff(25, Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(200))
            .jitter(0.75).filter(CaseMovedOn.class::isInstance)
            .onRetryExhaustedThrow((spec, signal) -> signal.failure().getCause());

    private final AggregateStore<ApprovalCase> store;
    private final Clock clock;

    ApprovalCases(AggregateStores stores, Clock clock) {
        this.store = stores.forCollection(COLLECTION, ApprovalCase.class);
        this.clock = clock;
    }

    public Mono<Stored<ApprovalCase>> byId(String caseId) {
        return store.find(caseId).switchIfEmpty(Mono.error(() -> new NotFoundException(
                "No approval case " + caseId + ".")));
    }

    /** Every case of a project, oldest stage and attempt first. */
    public Flux<Stored<ApprovalCase>> ofProject(String projectId) {
        return store.find(Query.query(Criteria.where("state.projectId").is(projectId)))
                .sort(Comparator.comparing((Stored<ApprovalCase> stored) -> stored.state().stage())
                        .thenComparingInt(stored -> stored.state().attempt()));
    }

    /** The open cases with an item of {@code department}, or every open case when it is null. */
    public Flux<Stored<ApprovalCase>> open(String department) {
        Criteria criteria = Criteria.where("state.status").is("OPEN");
        if (department != null) {
            criteria = criteria.and("state.items.department").is(department);
        }
        return store.find(Query.query(criteria));
    }

    /** Every case with an item of {@code department} (or every case), for statistics. */
    public Flux<Stored<ApprovalCase>> withDepartment(String department) {
        return store.find(department == null ? new Query()
                : Query.query(Criteria.where("state.items.department").is(department)));
    }

    public Flux<EventEnvelope> history(String caseId) {
        return store.history(caseId);
    }

    Mono<Stored<ApprovalCase>> create(ApprovalCase.Result opened, Actor actor) {
        return store.create(opened.approvalCase().caseId(), opened.approvalCase(),
                ApprovalTopic.outgoing(opened.events()), actor);
    }

    /**
     * Reads the case, applies {@code command} and writes the result with its events; when the case moved on
     * in between, all of it again. Nothing is written when the command changes nothing.
     */
    Mono<Stored<ApprovalCase>> change(String caseId, Function<Stored<ApprovalCase>, Mono<ApprovalCase.Result>> command,
            Actor actor) {
        return Mono.defer(() -> byId(caseId).flatMap(stored -> command.apply(stored).flatMap(result -> {
            if (result.events().isEmpty()) {
                return Mono.just(stored);
            }
            return store.update(stored, result.approvalCase(), ApprovalTopic.outgoing(result.events()), actor)
                    .onErrorMap(StaleVersionException.class, CaseMovedOn::new);
        }))).retryWhen(MOVED_ON);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }

    /** The store's refusal of a write on an outdated read of the case (not the user's outdated view of an item). */
    private static final class CaseMovedOn extends RuntimeException {
        CaseMovedOn(StaleVersionException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}

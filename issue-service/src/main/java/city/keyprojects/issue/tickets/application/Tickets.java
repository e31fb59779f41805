package city.keyprojects.issue.tickets.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.issue.events.IssueTopic;
import city.keyprojects.issue.tickets.domain.Ticket;
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
 * The problem tickets, one document each in {@code tickets} with its outbox. A user changes a ticket as they last
 * saw it (its version): if it moved on meanwhile, they are told (409) rather than overwrite what they did not see.
 * The system's own changes (escalation, closing unconfirmed tickets) simply read the ticket again and retry.
 */
@Service
public class Tickets {

    static final String COLLECTION = "tickets";
    private static final Retry MOVED_ON = Retry.backoff(10, Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(200))
            .jitter(0.75).filter(StaleVersionException.class::isInstance);

    private final AggregateStore<Ticket> store;
    private final Clock clock;

    Tickets(AggregateStores stores, Clock clock) {
        this.store = stores.forCollection(COLLECTION, Ticket.class);
        this.clock = clock;
    }

    public Mono<Stored<Ticket>> byId(String ticketId) {
        return store.find(ticketId).switchIfEmpty(Mono.error(() -> new NotFoundException(
                "No problem ticket " + ticketId + ".")));
    }

    public Mono<Boolean> exists(String ticketId) {
        return store.find(ticketId).hasElement();
    }

    /** Tickets matching {@code query} (criteria name fields as {@code state.<field>}), soonest due first. */
    public Flux<Stored<Ticket>> find(Query query) {
        return store.find(query.with(Sort.by("state.clock.dueDate", "_id")));
    }

    public Mono<Long> count(Query query) {
        return store.count(query);
    }

    public Flux<EventEnvelope> history(String ticketId) {
        return store.history(ticketId);
    }

    Mono<Stored<Ticket>> create(Ticket.Result created, Actor actor) {
        return store.create(created.ticket().ticketId(), created.ticket(), IssueTopic.outgoing(created.events()),
                actor);
    }

    /**
     * A user's command on the ticket as they saw it at {@code expectedVersion}: first whether they may act on it at
     * all ({@code mayAct} throws), then whether their view is current, then the command; nothing is written if it
     * changes nothing.
     */
    Mono<Stored<Ticket>> change(String ticketId, long expectedVersion, Consumer<Ticket> mayAct,
            Function<Stored<Ticket>, Ticket.Result> command, Actor actor) {
        return byId(ticketId).flatMap(stored -> {
            mayAct.accept(stored.state());
            if (stored.version() != expectedVersion) {
                return Mono.error(new StaleVersionException(expectedVersion));
            }
            return write(stored, command, actor);
        });
    }

    /** The system's change: read, apply and write again when someone changed the ticket in between. */
    Mono<Stored<Ticket>> changeAsSystem(String ticketId, Function<Stored<Ticket>, Ticket.Result> command) {
        return Mono.defer(() -> byId(ticketId).flatMap(stored -> write(stored, command, Actor.SYSTEM)))
                .retryWhen(MOVED_ON);
    }

    private Mono<Stored<Ticket>> write(Stored<Ticket> stored, Function<Stored<Ticket>, Ticket.Result> command,
            Actor actor) {
        return Mono.fromCallable(() -> command.apply(stored)).flatMap(result -> result.events().isEmpty()
                ? Mono.just(stored)
                : store.update(stored, result.ticket(), IssueTopic.outgoing(result.events()), actor));
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }

    Instant now() {
        return clock.instant();
    }
}

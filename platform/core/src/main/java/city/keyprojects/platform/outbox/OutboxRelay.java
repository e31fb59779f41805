package city.keyprojects.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Publishes the events waiting in aggregate documents and removes each one only after the broker acknowledged
 * it. Runs right after each write ({@link #publishSoon}) and on a periodic sweep ({@link #sweep}).
 *
 * <p>Per aggregate, events are sent in the order they were written, and one relay never works on the same
 * document twice at once. A published event moves from the outbox to the collection's journal
 * ({@code <collection>_history}), which keeps every event of every aggregate: the audit trail. A crash after the send but before the removal publishes the events again: delivery
 * is at least once, and consumers drop the duplicates by {@code aggregateid} and {@code sequence}.
 */
public final class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    /** Documents a sweep publishes together. */
    private static final int PAGE = 100;
    /** Pages a sweep publishes at the same time. */
    private static final int PAGES_AT_ONCE = 8;

    private final ReactiveMongoOperations mongo;
    private final EventSender sender;
    private final Map<String, Claim> inFlight = new ConcurrentHashMap<>();
    private final Counter published;
    private final Counter failures;
    /** Events the last sweep found waiting that no publication was working on, and could not publish. */
    private final AtomicLong unattended = new AtomicLong();
    private final AtomicBoolean missed = new AtomicBoolean();

    public OutboxRelay(ReactiveMongoOperations mongo, EventSender sender, MeterRegistry registry) {
        this.mongo = mongo;
        this.sender = sender;
        this.published = Counter.builder("outbox.events.published")
                .description("Events the broker acknowledged and the outbox released").register(registry);
        this.failures = Counter.builder("outbox.publish.failures")
                .description("Attempts to publish an aggregate's pending events that failed; they are retried")
                .register(registry);
        Gauge.builder("outbox.events.pending", this, OutboxRelay::waiting)
                .description("Events waiting in outboxes: being published, or found by the last sweep and not"
                        + " published").register(registry);
    }

    /** Starts publishing in the background; a failure is logged and left to the sweep. */
    public void publishSoon(String collection, String id) {
        publish(collection, id).subscribe(count -> { }, error -> { });
    }

    /**
     * Whether a sweep should look now ({@link OutboxSweeper}): a publication failed since the last sweep began, or
     * the last sweep left events it could not publish, and they wait in their outbox; or a publication has waited on
     * the broker longer than {@code stuck} (a hung broker fails a send only at its time-out).
     */
    public boolean sweepWanted(Duration stuck) {
        if (missed.get() || unattended.get() > 0) {
            return true;
        }
        long now = System.nanoTime();
        return inFlight.values().stream().anyMatch(claim -> now - claim.since > stuck.toNanos());
    }

    /**
     * Publishes the pending events of one document. If a publication of the same document is already running,
     * it is asked to look again when it finishes instead, and this returns 0 at once.
     */
    public Mono<Integer> publish(String collection, String id) {
        String key = collection + '/' + id;
        Claim again = new Claim();
        Claim running = inFlight.putIfAbsent(key, again);
        if (running != null) {
            running.set(true);
            return Mono.just(0);
        }
        return Mono.defer(() -> {
                    again.set(false);
                    return publishOnce(collection, id, again);
                })
                .repeat(again::get)
                .reduce(0, Integer::sum)
                .doOnError(error -> missed.set(true))
                .doFinally(signal -> {
                    inFlight.remove(key, again);
                    if (again.get()) {
                        publishSoon(collection, id);
                    }
                });
    }

    /**
     * Publishes everything pending in the given collections; returns how many events were released. A backlog (after
     * the broker was away) goes out a page of documents at a time: their events in one batch to the broker, then
     * the journal and the outboxes in one bulk write each — per document, the benchmark found its four round trips
     * kept the relay at a sixteenth of what the broker takes. Pages go out several at once: one page's relay mostly
     * waits on the broker and the database in turn (a profile found neither busy), and pages never share a document.
     */
    public Mono<Integer> sweep(Collection<String> collections) {
        AtomicLong seen = new AtomicLong();
        AtomicLong beingPublished = new AtomicLong();
        Query withPending = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true));
        withPending.fields().include("_id").include(AggregateStore.OUTBOX + ".id");
        return Mono.fromRunnable(() -> missed.set(false)).thenMany(Flux.fromIterable(collections))
                .concatMap(collection -> mongo.find(withPending, Document.class, collection)
                        .map(doc -> Map.entry(doc.getString("_id"),
                                doc.getList(AggregateStore.OUTBOX, Document.class).size()))
                        .doOnNext(doc -> seen.addAndGet(doc.getValue()))
                        .buffer(PAGE)
                        .flatMap(page -> publishPage(collection, page, beingPublished)
                                .onErrorResume(error -> {
                                    missed.set(true);
                                    return Mono.just(0);
                                }), PAGES_AT_ONCE))
                .reduce(0, Integer::sum)
                .doOnSuccess(released -> unattended.set(Math.max(0, seen.get() - released - beingPublished.get())))
                .doOnError(error -> missed.set(true));
    }

    /**
     * Publishes the pending events of the documents no other publication is working on; the others are asked to
     * look again when they finish, and their events are counted in {@code beingPublished}.
     */
    private Mono<Integer> publishPage(String collection, List<Map.Entry<String, Integer>> page,
            AtomicLong beingPublished) {
        Map<String, Claim> claimed = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> document : page) {
            Claim again = new Claim();
            Claim running = inFlight.putIfAbsent(collection + '/' + document.getKey(), again);
            if (running == null) {
                claimed.put(document.getKey(), again);
            } else {
                running.set(true);
                beingPublished.addAndGet(document.getValue());
            }
        }
        if (claimed.isEmpty()) {
            return Mono.just(0);
        }
        // Read again once claimed: what the sweep's query saw may have been published meanwhile.
        Query byIds = Query.query(Criteria.where("_id").in(claimed.keySet()));
        byIds.fields().include(AggregateStore.OUTBOX);
        return mongo.find(byIds, Document.class, collection)
                .collectMap(doc -> doc.getString("_id"), OutboxRelay::pendingEvents)
                .flatMap(events -> {
                    events.values().removeIf(List::isEmpty);
                    if (events.isEmpty()) {
                        return Mono.just(0);
                    }
                    events.forEach((id, pending) -> claimed.get(id).events = pending.size());
                    List<PendingEvent> all = events.values().stream().flatMap(List::stream).toList();
                    return sender.sendAll(all)
                            .then(Mono.defer(() -> release(collection, events)))
                            .doOnError(error -> {
                                failures.increment();
                                log.warn("Publishing {} event(s) of {} document(s) in {} failed; they stay in the"
                                        + " outbox: {}", all.size(), events.size(), collection, error.toString());
                            });
                })
                .doFinally(signal -> claimed.forEach((id, again) -> {
                    inFlight.remove(collection + '/' + id, again);
                    if (again.get()) {
                        publishSoon(collection, id);
                    }
                }));
    }

    /**
     * Journals the documents' events (idempotently: a repeated release writes nothing new), then takes them out of
     * their outboxes: one bulk write each, whether for one document or a sweep's page.
     */
    private Mono<Integer> release(String collection, Map<String, List<PendingEvent>> events) {
        ReactiveBulkOperations journal = mongo.bulkOps(BulkMode.UNORDERED, AggregateStore.journal(collection));
        ReactiveBulkOperations outboxes = mongo.bulkOps(BulkMode.UNORDERED, collection);
        int count = 0;
        for (Map.Entry<String, List<PendingEvent>> document : events.entrySet()) {
            for (PendingEvent event : document.getValue()) {
                journal.upsert(Query.query(Criteria.where("_id").is(event.id())), journaled(document.getKey(), event));
                count++;
            }
            outboxes.updateOne(Query.query(Criteria.where("_id").is(document.getKey())), taken(document.getValue()));
        }
        int released = count;
        return journal.execute().then(outboxes.execute()).map(result -> {
            published.increment(released);
            return released;
        });
    }

    private Mono<Integer> publishOnce(String collection, String id, Claim claim) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(AggregateStore.OUTBOX);
        return mongo.findOne(byId, Document.class, collection)
                .map(OutboxRelay::pendingEvents)
                .filter(events -> !events.isEmpty())
                .doOnNext(events -> claim.events = events.size())
                .flatMap(events -> sender.sendAll(events)
                        .then(Mono.defer(() -> release(collection, Map.of(id, events))))
                        .doOnError(error -> {
                            failures.increment();
                            log.warn("Publishing {} event(s) of {}/{} failed; they stay in the outbox: {}",
                                    events.size(), collection, id, error.toString());
                        }))
                .defaultIfEmpty(0);
    }

    private static Update journaled(String aggregateId, PendingEvent event) {
        return new Update().setOnInsert(AggregateStore.AGGREGATE_ID, aggregateId)
                .setOnInsert(AggregateStore.SEQUENCE, event.sequence())
                .setOnInsert(AggregateStore.PAYLOAD, event.payload());
    }

    /** Takes exactly these events out of the outbox: any written since stay for the next publication. */
    private static Update taken(List<PendingEvent> events) {
        return new Update().pull(AggregateStore.OUTBOX,
                new Document("id", new Document("$in", events.stream().map(PendingEvent::id).toList())));
    }

    private static List<PendingEvent> pendingEvents(Document document) {
        List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class, List.of());
        List<PendingEvent> events = new ArrayList<>(outbox.size());
        for (Document event : outbox) {
            events.add(new PendingEvent(event.getString("id"), event.getString("topic"), event.getString("key"),
                    event.getString("payload"), event.getString("correlationId"), event.getString("traceparent"),
                    event.get(AggregateStore.SEQUENCE, Number.class).longValue()));
        }
        return events;
    }

    /** Events being published now, and those the last sweep left ({@code outbox.events.pending}). */
    long waiting() {
        return unattended.get() + inFlight.values().stream().mapToLong(claim -> claim.events).sum();
    }

    /**
     * A document's publication under way: since when, how many events it is sending, and whether to look at the
     * document again when it ends.
     */
    private static final class Claim extends AtomicBoolean {
        private final long since = System.nanoTime();
        private volatile int events;
    }
}

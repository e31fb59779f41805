package city.keyprojects.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.observability.RequestContext;
import city.keyprojects.platform.storage.EmbeddedDocuments;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps one kind of aggregate, one document each, with its transactional outbox inside the document.
 *
 * <p>Document layout: {@code {_id, version, lastSequence, state: {...}, outbox: [{id, topic, key, payload}]}}.
 * A state change and the events it produced are written by one single-document update guarded by the version
 * read before, so there is never a state change without its events or events without their state change, and
 * a concurrent writer gets a {@link StaleVersionException} instead of losing an update. This holds on a MongoDB
 * replica set and on mongo-java-server alike: neither needs a multi-document transaction for it.
 *
 * <p>After a successful write the {@link OutboxRelay} is asked to publish the document's pending events; if that
 * fails (the broker is down, the process dies) the periodic sweep publishes them later.
 */
public final class AggregateStore<T> {

    static final String VERSION = "version";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String STATE = "state";
    static final String OUTBOX = "outbox";
    static final String AGGREGATE_ID = "aggregateId";
    static final String SEQUENCE = "sequence";
    static final String PAYLOAD = "payload";

    /** The collection keeping every published event of a collection's aggregates. */
    static String journal(String collection) {
        return collection + "_history";
    }

    private final String collection;
    private final Class<T> stateType;
    private final ReactiveMongoOperations mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;

    AggregateStore(String collection, Class<T> stateType, ReactiveMongoOperations mongo, EventCodec codec,
            OutboxRelay relay, String source, Clock clock) {
        this.collection = collection;
        this.stateType = stateType;
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        this.source = source;
        this.clock = clock;
    }

    public String collection() {
        return collection;
    }

    public Mono<Stored<T>> find(String id) {
        return mongo.findById(id, Document.class, collection).map(this::toStored);
    }

    /** Aggregates whose state matches the query; criteria name fields as {@code state.<field>}. */
    public Flux<Stored<T>> find(Query query) {
        return mongo.find(query, Document.class, collection).map(this::toStored);
    }

    public Mono<Long> count(Query query) {
        return mongo.count(query, collection);
    }

    /**
     * Every event of one aggregate in sequence order, published or still waiting: its audit trail (who did what,
     * when, in which request). The outbox is read before the journal, so an event the relay moves in between is
     * found in the journal.
     */
    public Flux<EventEnvelope> history(String id) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(OUTBOX);
        Query journaled = Query.query(Criteria.where(AGGREGATE_ID).is(id)).with(Sort.by(SEQUENCE));
        return mongo.findOne(byId, Document.class, collection)
                .map(document -> document.getList(OUTBOX, Document.class, List.of()))
                .defaultIfEmpty(List.of())
                .flatMapMany(pending -> mongo.find(journaled, Document.class, journal(collection))
                        .concatWith(Flux.fromIterable(pending)))
                .map(entry -> codec.decode(entry.getString(PAYLOAD).getBytes(StandardCharsets.UTF_8)))
                .distinct(EventEnvelope::sequence)
                .sort(Comparator.comparingLong(EventEnvelope::sequence));
    }

    /** Stores a new aggregate with its first events. */
    public Mono<Stored<T>> create(String id, T state, List<OutgoingEvent> events, Actor actor) {
        return RequestContext.current().flatMap(request -> {
            List<Document> outbox = envelopes(id, 0, events, actor, request);
            Document document = new Document("_id", id)
                    .append(VERSION, 1L)
                    .append(LAST_SEQUENCE, (long) events.size())
                    .append(STATE, toDocument(state))
                    .append(OUTBOX, outbox);
            return mongo.insert(document, collection)
                    .onErrorMap(DuplicateKeyException.class, e -> new DuplicateAggregateException(collection, id))
                    .thenReturn(new Stored<>(id, state, 1L, events.size()));
        }).doOnSuccess(stored -> relay.publishSoon(collection, id));
    }

    /**
     * Replaces the state of an aggregate read before and appends its new events, if nobody changed it since.
     *
     * @throws StaleVersionException (as the error signal) when the version moved on
     */
    public Mono<Stored<T>> update(Stored<T> previous, T state, List<OutgoingEvent> events, Actor actor) {
        String id = previous.id();
        return RequestContext.current().flatMap(request -> {
            List<Document> outbox = envelopes(id, previous.lastSequence(), events, actor, request);
            long version = previous.version() + 1;
            long lastSequence = previous.lastSequence() + events.size();
            Query unchanged = Query.query(Criteria.where("_id").is(id).and(VERSION).is(previous.version()));
            Update update = new Update()
                    .set(VERSION, version)
                    .set(LAST_SEQUENCE, lastSequence)
                    .set(STATE, toDocument(state));
            if (!outbox.isEmpty()) {
                update.push(OUTBOX).each(outbox.toArray());
            }
            return mongo.updateFirst(unchanged, update, collection).flatMap(result -> result.getMatchedCount() == 1
                    ? Mono.just(new Stored<>(id, state, version, lastSequence))
                    : Mono.error(new StaleVersionException(previous.version())));
        }).doOnSuccess(stored -> relay.publishSoon(collection, id));
    }

    private List<Document> envelopes(String aggregateId, long lastSequence, List<OutgoingEvent> events, Actor actor,
            RequestContext request) {
        List<Document> outbox = new ArrayList<>(events.size());
        long sequence = lastSequence;
        for (OutgoingEvent event : events) {
            sequence++;
            EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                    source, event.type(), event.subject(), clock.instant(), "application/json",
                    codec.toTree(event.data()), aggregateId, sequence, actor.id(), actor.role(),
                    request.requestId(), request.traceparent());
            // The envelope is kept as its exact JSON text: BSON would turn decimal amounts into doubles.
            outbox.add(new Document("id", envelope.id())
                    .append("topic", event.topic())
                    .append("key", event.subject())
                    .append(SEQUENCE, sequence)
                    .append(PAYLOAD, codec.encodeToString(envelope))
                    .append("correlationId", envelope.correlationid())
                    .append("traceparent", envelope.traceparent()));
        }
        return outbox;
    }

    private Document toDocument(T state) {
        return EmbeddedDocuments.of(mongo.getConverter(), state);
    }

    private Stored<T> toStored(Document document) {
        T state = mongo.getConverter().read(stateType, document.get(STATE, Document.class));
        return new Stored<>(document.getString("_id"), state, document.getLong(VERSION),
                document.getLong(LAST_SEQUENCE));
    }
}

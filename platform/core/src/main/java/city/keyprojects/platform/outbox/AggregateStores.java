package city.keyprojects.platform.outbox;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.index.Index;

import city.keyprojects.platform.events.EventCodec;

/** Makes {@link AggregateStore}s and remembers their collections, which the outbox sweep goes through. */
public final class AggregateStores {

    private static final Logger log = LoggerFactory.getLogger(AggregateStores.class);

    private final ReactiveMongoOperations mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final String source;
    private final Clock clock;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();

    public AggregateStores(ReactiveMongoOperations mongo, EventCodec codec, OutboxRelay relay, String source,
            Clock clock) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        this.source = source;
        this.clock = clock;
    }

    public <T> AggregateStore<T> forCollection(String collection, Class<T> stateType) {
        collections.add(collection);
        // An aggregate's history is read by its id (a few dozen events, sorted in memory). Made in the background:
        // reads work without it.
        mongo.indexOps(AggregateStore.journal(collection))
                .createIndex(new Index().on(AggregateStore.AGGREGATE_ID, Sort.Direction.ASC))
                .subscribe(name -> { }, error -> log.warn("Could not index the journal of {}: {}", collection,
                        error.toString()));
        return new AggregateStore<>(collection, stateType, mongo, codec, relay, source, clock);
    }

    public Set<String> collections() {
        return Set.copyOf(collections);
    }
}

package city.keyprojects.platform.outbox;

import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.mongodb.core.ReactiveMongoOperations;

import city.keyprojects.platform.events.EventCodec;

/** Makes {@link AggregateStore}s and remembers their collections, which the outbox sweep goes through. */
public final class AggregateStores {

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
        return new AggregateStore<>(collection, stateType, mongo, codec, relay, source, clock);
    }

    public Set<String> collections() {
        return Set.copyOf(collections);
    }
}

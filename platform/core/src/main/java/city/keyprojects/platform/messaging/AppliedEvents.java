package city.keyprojects.platform.messaging;

import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import city.keyprojects.platform.events.EventEnvelope;
import reactor.core.publisher.Mono;

/**
 * Idempotent consumers: a read-model document remembers, per source aggregate, the sequence number of the last
 * event it applied ({@code applied.<aggregateid>}). An update guarded by {@link #notYetApplied} and marked by
 * {@link #markApplied} in the same single-document write applies an event at most once, however often it is
 * delivered or replayed; an older event arriving late is ignored too.
 *
 * <p>With an upsert, a duplicate shows up as a duplicate-key error (the document exists but does not match the
 * guard): {@link #upsertOnce} treats that as "already applied".
 */
public final class AppliedEvents {

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

    private AppliedEvents() {
    }

    public static Criteria notYetApplied(EventEnvelope event) {
        String field = field(event);
        return new Criteria().orOperator(Criteria.where(field).exists(false),
                Criteria.where(field).lt(event.sequence()));
    }

    public static Update markApplied(Update update, EventEnvelope event) {
        return update.set(field(event), event.sequence());
    }

    /**
     * Applies {@code update} to the document {@code id} (creating it if needed) unless that document has already
     * applied this event or a later one of the same aggregate. Emits whether it was applied now.
     */
    public static Mono<Boolean> upsertOnce(ReactiveMongoOperations mongo, String collection, String id,
            EventEnvelope event, Update update) {
        Query notYet = Query.query(Criteria.where("_id").is(id).andOperator(notYetApplied(event)));
        return mongo.upsert(notYet, markApplied(update, event), collection)
                .map(result -> true)
                .onErrorResume(DuplicateKeyException.class, alreadyApplied -> Mono.just(false));
    }

    private static String field(EventEnvelope event) {
        String aggregate = event.aggregateid();
        if (aggregate == null || !SAFE_ID.matcher(aggregate).matches()) {
            throw new IllegalArgumentException("Event " + event.id() + " has no usable aggregateid: " + aggregate);
        }
        return "applied." + aggregate;
    }
}

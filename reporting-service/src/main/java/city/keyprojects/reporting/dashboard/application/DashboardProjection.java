package city.keyprojects.reporting.dashboard.application;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.messaging.AppliedEvents;
import reactor.core.publisher.Mono;

/**
 * Builds the dashboard's figures from project events, exactly once per event.
 *
 * <p>Two kinds of documents, written without a multi-document transaction:
 * <ol>
 *   <li>{@code project_summaries}, one per project, guarded by the project's event sequence: a duplicate or
 *       replayed event does not match the guard and is recognised as applied. A new event leaves a
 *       {@code pending} note of what it adds to the totals and at which log position.</li>
 *   <li>{@code dashboard_shards}, one per topic partition, holding running totals and the offset of the last
 *       record added, so that adding the same record twice is impossible. The dashboard sums the shards: its
 *       cost depends on the number of partitions, not of projects.</li>
 * </ol>
 * If the process dies between the two writes, the record is delivered again (its offset was not committed),
 * finds its pending note and completes the second write; the note is removed last.
 */
@Service
public class DashboardProjection {

    static final String SUMMARIES = "project_summaries";
    static final String SHARDS = "dashboard_shards";

    private final ReactiveMongoOperations mongo;

    DashboardProjection(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    public Mono<Void> apply(EventEnvelope event, RecordPosition position) {
        if (!"project.registered".equals(event.type())) {
            return Mono.empty(); // tolerant reader: other project events do not change these figures yet
        }
        Document pending = new Document("shard", position.shard())
                .append("offset", position.offset())
                .append("projectCount", 1L);
        Update register = new Update()
                .set("registeredAt", event.time())
                .set("pending", pending);
        return AppliedEvents.upsertOnce(mongo, SUMMARIES, event.subject(), event, register)
                .then(completePending(event.subject(), position));
    }

    /** Adds the summary's pending contribution to its shard, if it was left by the record at this position. */
    private Mono<Void> completePending(String projectId, RecordPosition position) {
        Query thisRecord = Query.query(Criteria.where("_id").is(projectId)
                .and("pending.shard").is(position.shard())
                .and("pending.offset").is(position.offset()));
        return mongo.findOne(thisRecord, Document.class, SUMMARIES)
                .flatMap(summary -> {
                    Document pending = summary.get("pending", Document.class);
                    Query notYetAdded = Query.query(Criteria.where("_id").is(position.shard())
                            .and("offset").lt(position.offset()));
                    Update add = new Update()
                            .inc("projectCount", pending.getLong("projectCount"))
                            .set("offset", position.offset());
                    return mongo.upsert(notYetAdded, add, SHARDS)
                            .onErrorResume(DuplicateKeyException.class, alreadyAdded -> Mono.empty())
                            .then(mongo.updateFirst(thisRecord, new Update().unset("pending"), SUMMARIES));
                })
                .then();
    }

    public Mono<CityDashboard> dashboard() {
        return mongo.findAll(Document.class, SHARDS)
                .map(shard -> ((Number) shard.getOrDefault("projectCount", 0L)).longValue())
                .reduce(0L, Long::sum)
                .map(CityDashboard::new);
    }

}

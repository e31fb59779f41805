package city.keyprojects.reporting.projects.application;

import java.time.Duration;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Which generation of the projects' facts serves: generation 1 is {@code project_facts}, generation n the
 * collection {@code project_facts_g<n>} a rebuild filled. Every event and every read asks, so a switch takes effect
 * on every instance at once. Each rebuild fills a generation of its own ({@link #allocate}), so it can write it
 * without the exactly-once protocol the serving generation needs while it is not read by anyone else.
 */
@Service
public class FactsGenerations {

    static final String COLLECTION = "projection_generations";
    static final String FACTS = "project-facts";

    private final ReactiveMongoOperations mongo;

    FactsGenerations(ReactiveMongoOperations mongo) {
        this.mongo = mongo;
    }

    public Mono<Integer> current() {
        return mongo.findById(FACTS, Document.class, COLLECTION)
                .map(state -> state.getInteger("current", 1))
                .defaultIfEmpty(1);
    }

    /**
     * A generation number no rebuild has had yet, above the serving one: two rebuilds started at once, on one
     * instance or two, never fill the same collection.
     */
    public Mono<Integer> allocate() {
        return Mono.defer(() -> mongo.findById(FACTS, Document.class, COLLECTION).map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(state -> {
                            Integer allocated = state.map(found -> found.getInteger("allocated")).orElse(null);
                            int current = state.map(found -> found.getInteger("current", 1)).orElse(1);
                            int next = Math.max(current, allocated == null ? current : allocated) + 1;
                            Criteria asRead = allocated == null ? Criteria.where("allocated").exists(false)
                                    : Criteria.where("allocated").is(allocated);
                            return mongo.upsert(Query.query(Criteria.where("_id").is(FACTS).andOperator(asRead)),
                                            new Update().set("allocated", next), COLLECTION)
                                    .map(result -> result.getModifiedCount()
                                            + (result.getUpsertedId() != null ? 1 : 0) == 1)
                                    .onErrorReturn(DuplicateKeyException.class, false)
                                    .flatMap(taken -> taken ? Mono.just(next) : Mono.error(new Taken()));
                        }))
                .retryWhen(Retry.backoff(20, Duration.ofMillis(5)).filter(Taken.class::isInstance));
    }

    /** Serves generation {@code next} from now on, if generation {@code from} still serves; answers whether it did. */
    public Mono<Boolean> switchFrom(int from, int next) {
        Query stillFrom = from == 1
                ? Query.query(Criteria.where("_id").is(FACTS).orOperator(Criteria.where("current").is(1),
                        Criteria.where("current").exists(false)))
                : Query.query(Criteria.where("_id").is(FACTS).and("current").is(from));
        return mongo.upsert(stillFrom, new Update().set("current", next), COLLECTION)
                .map(result -> result.getModifiedCount() + (result.getUpsertedId() != null ? 1 : 0) == 1)
                .onErrorReturn(DuplicateKeyException.class, false);
    }

    /** Another rebuild allocated a generation between the read and the write. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super("another rebuild allocated a generation meanwhile", null, false, false);
        }
    }

    public static String factsCollection(int generation) {
        return generation == 1 ? "project_facts" : "project_facts_g" + generation;
    }
}

package city.keyprojects.reporting.projects.application;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * Which generation of the projects' facts serves: generation 1 is {@code project_facts}, generation n the
 * collection {@code project_facts_g<n>} a rebuild filled. Every event and every read asks, so a switch takes effect
 * on every instance at once.
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

    public static String factsCollection(int generation) {
        return generation == 1 ? "project_facts" : "project_facts_g" + generation;
    }
}

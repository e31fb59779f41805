package city.keyprojects.reporting.dashboard.application;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.storage.EmbeddedDocuments;
import city.keyprojects.reporting.dashboard.domain.CityTotals;
import city.keyprojects.reporting.projects.application.FactsFollower;
import city.keyprojects.reporting.projects.application.FactsGenerations;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * The city's totals, kept running as the projects' facts change: {@value #BUCKETS} documents per generation of the
 * facts in {@code city_totals} (id {@code <facts collection>#<n>}), each the totals of the projects whose id falls
 * in it. Reading them costs the same with a hundred projects as with a hundred thousand.
 * <p>
 * A change is settled exactly once (decision 0011): the projection leaves it pending in the project's facts
 * document; settling adds it to the project's bucket and marks the bucket {@code inFlight} with the project and
 * version in the same write, clears the pending change, then the mark. Whoever finds a mark (a crash left it)
 * finishes that settlement before writing the bucket, and a change is added only while it is still pending after
 * the bucket was read, so no change is added twice or lost. Writes to a bucket compare its version.
 */
@Service
public class RunningCityTotals implements FactsFollower {

    static final String COLLECTION = "city_totals";
    static final int BUCKETS = 8;
    private static final Logger log = LoggerFactory.getLogger(RunningCityTotals.class);
    private static final Retry CONTENDED = Retry.backoff(50, Duration.ofMillis(2)).maxBackoff(Duration.ofMillis(100))
            .jitter(0.75).filter(Contended.class::isInstance);

    private final ReactiveMongoOperations mongo;
    private final FactsGenerations generations;
    /** The buckets last read, by id: read again only when their version moved. */
    private final Map<String, Bucket> lastRead = new HashMap<>();

    RunningCityTotals(ReactiveMongoOperations mongo, FactsGenerations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    private record Bucket(long version, CityTotals totals) {
    }

    @Override
    public Document change(ProjectFacts before, ProjectFacts after) {
        CityTotals change = CityTotals.change(before, after);
        return change.isNone() ? null : write(change);
    }

    @Override
    public Mono<Void> settle(String factsCollection, String projectId) {
        String bucketId = bucketOf(factsCollection, projectId);
        return Mono.defer(() -> mongo.findById(bucketId, Document.class, COLLECTION).map(List::of)
                .defaultIfEmpty(List.of())
                .flatMap(found -> {
                    Document bucket = found.isEmpty() ? null : found.get(0);
                    Document inFlight = bucket == null ? null : bucket.get("inFlight", Document.class);
                    if (inFlight != null) {
                        // Finish the settlement under way (or left by a crash) first, then look again.
                        return finish(factsCollection, bucketId, inFlight).then(Mono.error(new Contended()));
                    }
                    return mongo.findById(projectId, Document.class, factsCollection)
                            .mapNotNull(facts -> facts.get(ProjectFactsProjection.PENDING, Document.class))
                            .flatMap(pending -> add(factsCollection, bucketId, bucket, projectId, pending));
                }))
                .retryWhen(CONTENDED).then();
    }

    /** Adds the pending change to the bucket read, if the bucket is still as read, and finishes. */
    private Mono<Void> add(String factsCollection, String bucketId, Document bucket, String projectId,
            Document pending) {
        CityTotals totals = bucket == null ? CityTotals.NONE : read(bucket.get("totals", Document.class));
        Document next = write(totals.plus(read(pending.get("change", Document.class))));
        Document inFlight = new Document("project", projectId).append("version", pending.getLong("version"));
        Mono<Void> written;
        if (bucket == null) {
            written = mongo.insert(new Document("_id", bucketId).append("version", 1L).append("totals", next)
                    .append("inFlight", inFlight), COLLECTION).then()
                    .onErrorMap(DuplicateKeyException.class, taken -> new Contended());
        } else {
            long version = bucket.getLong("version");
            written = mongo.updateFirst(Query.query(Criteria.where("_id").is(bucketId).and("version").is(version)),
                    new Update().set("totals", next).set("inFlight", inFlight).set("version", version + 1),
                    COLLECTION).flatMap(result -> result.getModifiedCount() == 1 ? Mono.<Void>empty()
                            : Mono.error(new Contended()));
        }
        return written.then(finish(factsCollection, bucketId, inFlight));
    }

    /** Clears the project's pending change the bucket holds, then the bucket's mark. */
    private Mono<Void> finish(String factsCollection, String bucketId, Document inFlight) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(inFlight.getString("project"))
                .and(ProjectFactsProjection.PENDING + ".version").is(inFlight.getLong("version"))),
                new Update().unset(ProjectFactsProjection.PENDING), factsCollection)
                .then(mongo.updateFirst(Query.query(Criteria.where("_id").is(bucketId)
                        .and("inFlight.project").is(inFlight.getString("project"))
                        .and("inFlight.version").is(inFlight.getLong("version"))),
                        new Update().unset("inFlight"), COLLECTION))
                .then();
    }

    /**
     * Sums every project's contribution into its bucket and writes all the collection's buckets anew (a new
     * version each, no settlement under way), however they stood.
     */
    @Override
    public Mono<Void> recount(String factsCollection, Flux<ProjectFacts> all) {
        return all.reduce(new HashMap<String, CityTotals>(), (sums, facts) -> {
                    sums.merge(bucketOf(factsCollection, facts.projectId()), CityTotals.of(facts), CityTotals::plus);
                    return sums;
                })
                .flatMapMany(sums -> Flux.range(0, BUCKETS).map(n -> factsCollection + "#" + n)
                        .concatMap(bucketId -> mongo.upsert(Query.query(Criteria.where("_id").is(bucketId)),
                                new Update().set("totals", write(sums.getOrDefault(bucketId, CityTotals.NONE)))
                                        .inc("version", 1L).unset("inFlight"), COLLECTION)))
                .then();
    }

    /** The totals of every project in the generation that serves. */
    public Mono<CityTotals> current() {
        return generations.current().flatMap(generation -> totals(FactsGenerations.factsCollection(generation)));
    }

    /** The totals of every project in one generation's facts: a bucket is read again only if it changed. */
    public Mono<CityTotals> totals(String factsCollection) {
        List<String> ids = IntStream.range(0, BUCKETS).mapToObj(n -> factsCollection + "#" + n).toList();
        Query versions = Query.query(Criteria.where("_id").in(ids));
        versions.fields().include("version");
        return mongo.find(versions, Document.class, COLLECTION).collectMap(bucket -> bucket.getString("_id"),
                bucket -> bucket.getLong("version")).flatMap(now -> {
                    List<String> moved = now.entrySet().stream()
                            .filter(bucket -> cached(bucket.getKey()) == null
                                    || cached(bucket.getKey()).version() != bucket.getValue())
                            .map(Map.Entry::getKey).toList();
                    Mono<Void> reread = moved.isEmpty() ? Mono.empty()
                            : mongo.find(Query.query(Criteria.where("_id").in(moved)), Document.class, COLLECTION)
                                    .doOnNext(bucket -> remember(bucket.getString("_id"), new Bucket(
                                            bucket.getLong("version"), read(bucket.get("totals", Document.class)))))
                                    .then();
                    return reread.then(Mono.fromSupplier(() -> now.keySet().stream().map(this::cached)
                            .map(Bucket::totals).reduce(CityTotals.NONE, CityTotals::plus)));
                });
    }

    /**
     * Settles every change left pending in the serving facts, once after start, in the background: a crash between
     * a change and its settling leaves one (the project's next event settles it too, but may not come soon). Not
     * periodically: the query reads every project's document, which the MongoDB-wire server does while others wait.
     */
    @EventListener(ApplicationReadyEvent.class)
    void settleLeftoversAfterStart() {
        generations.current().map(FactsGenerations::factsCollection).flatMap(this::settleLeftovers)
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(settled -> {
                    if (settled > 0) {
                        log.info("Settled {} change(s) left pending in the projects' facts", settled);
                    }
                }, failed -> log.warn("Could not settle the changes left pending: {}", failed.toString()));
    }

    /** Settles the changes pending in one generation's facts; answers how many projects had one. */
    public Mono<Long> settleLeftovers(String factsCollection) {
        Query pending = Query.query(Criteria.where(ProjectFactsProjection.PENDING).exists(true));
        pending.fields().include("_id");
        return mongo.find(pending, Document.class, factsCollection)
                .concatMap(project -> settle(factsCollection, project.getString("_id")).thenReturn(1L))
                .count();
    }

    private synchronized Bucket cached(String id) {
        return lastRead.get(id);
    }

    private synchronized void remember(String id, Bucket bucket) {
        Bucket known = lastRead.get(id);
        if (known == null || known.version() < bucket.version()) {
            lastRead.put(id, bucket);
        }
    }

    private static String bucketOf(String factsCollection, String projectId) {
        return factsCollection + "#" + Math.floorMod(projectId.hashCode(), BUCKETS);
    }

    private Document write(CityTotals totals) {
        return EmbeddedDocuments.of(mongo.getConverter(), totals);
    }

    private CityTotals read(Document document) {
        return document == null ? CityTotals.NONE : mongo.getConverter().read(CityTotals.class, document);
    }

    /** Another writer changed the bucket since it was read, or a settlement was under way in it. */
    private static final class Contended extends RuntimeException {
        Contended() {
            super("the city totals changed meanwhile", null, false, false);
        }
    }
}

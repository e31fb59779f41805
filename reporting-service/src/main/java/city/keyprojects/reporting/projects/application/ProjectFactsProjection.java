package city.keyprojects.reporting.projects.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.ReactiveBulkOperations;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.storage.EmbeddedDocuments;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Folds the events of the three topics into one {@code project_facts} document per project, each event at most once: the
 * document remembers the last sequence it applied of every aggregate that spoke of the project (the registry entry,
 * the investment plan …), so a duplicate or a replay is recognised, and events of different aggregates may come in
 * any order. Each applied event also counts one change in {@code figures_status}, which tells the reports they are
 * out of date, and what it moves in the city's running totals is written beside the facts in the same write and then
 * settled by the {@link FactsFollower} (decision 0011).
 */
@Service
public class ProjectFactsProjection {

    public static final String STATUS = "figures_status";
    /** The field of a facts document holding what its last change moves, until the follower has settled it. */
    public static final String PENDING = "pending";
    /** Two consumers (two topics) may change one project's document at the same moment: read it again and retry. */
    private static final Retry CONCURRENT_CHANGE = Retry.backoff(10, Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(200)).jitter(0.75).filter(ConcurrentChange.class::isInstance);

    private final ReactiveMongoOperations mongo;
    private final List<FactChanges> changes;
    private final AtomicLong appliedHere = new AtomicLong();
    private final FactsGenerations generations;
    private final FactsFollower follower;

    ProjectFactsProjection(ReactiveMongoOperations mongo, List<FactChanges> changes, FactsGenerations generations,
            FactsFollower follower) {
        this.mongo = mongo;
        this.changes = changes;
        this.generations = generations;
        this.follower = follower;
    }

    /** Applies the event to the generation that serves. */
    public Mono<Void> apply(EventEnvelope event) {
        return generations.current().flatMap(generation -> apply(event, generation));
    }

    /** Applies the event to one generation of the facts (a rebuild fills the next one). */
    public Mono<Void> apply(EventEnvelope event, int generation) {
        UnaryOperator<ProjectFacts> change = change(event);
        if (change == null) {
            return Mono.empty(); // tolerant reader: events these figures do not use
        }
        String collection = FactsGenerations.factsCollection(generation);
        return Mono.defer(() -> applyOnce(event, change, collection)).retryWhen(CONCURRENT_CHANGE).then();
    }

    /** What the event changes in the project's facts, or null when it changes nothing reporting keeps. */
    private UnaryOperator<ProjectFacts> change(EventEnvelope event) {
        for (FactChanges topic : changes) {
            UnaryOperator<ProjectFacts> change = topic.changeFor(event);
            if (change != null) {
                return change;
            }
        }
        return null;
    }

    private Mono<Boolean> applyOnce(EventEnvelope event, UnaryOperator<ProjectFacts> change, String collection) {
        String projectId = event.subject();
        String applied = "applied." + appliedKey(event);
        return mongo.findById(projectId, Document.class, collection)
                .map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(found -> {
                    if (found.isPresent() && found.get().containsKey(PENDING)) {
                        // The last change is not settled yet (its writer may have crashed): settle it, then read
                        // the facts again.
                        return follower.settle(collection, projectId).then(Mono.error(new ConcurrentChange(null)));
                    }
                    if (found.isPresent() && alreadyApplied(found.get().get("applied", Document.class), event)) {
                        return Mono.just(Written.NOTHING);
                    }
                    ProjectFacts before = found.map(this::facts).orElseGet(() -> ProjectFacts.unknown(projectId));
                    ProjectFacts changed = change.apply(before);
                    Document after = EmbeddedDocuments.of(mongo.getConverter(), changed);
                    long version = found.map(document -> document.getLong("version")).orElse(0L);
                    Document moved = follower.change(before, changed);
                    Document pending = moved == null ? null
                            : new Document("version", version + 1).append("change", moved);
                    if (found.isEmpty()) {
                        Document created = new Document("_id", projectId).append("version", 1L)
                                .append("facts", after)
                                .append("applied", new Document(appliedKey(event), event.sequence()));
                        if (pending != null) {
                            created.append(PENDING, pending);
                        }
                        return mongo.insert(created, collection).thenReturn(Written.of(pending))
                                .onErrorMap(DuplicateKeyException.class, ConcurrentChange::new);
                    }
                    Query unchanged = Query.query(Criteria.where("_id").is(projectId).and("version").is(version));
                    Update update = new Update().set("facts", after).set(applied, event.sequence())
                            .set("version", version + 1);
                    if (pending != null) {
                        update.set(PENDING, pending);
                    }
                    return mongo.updateFirst(unchanged, update, collection).flatMap(result -> result
                            .getModifiedCount() == 1 ? Mono.just(Written.of(pending))
                                    : Mono.error(new ConcurrentChange(null)));
                })
                // Counted first: should the settling fail, a retry finds it pending and settles it, but would take
                // the event for applied and not count it.
                .flatMap(written -> written == Written.NOTHING ? Mono.just(false)
                        : countChange(collection).then(written == Written.FACTS_AND_PENDING
                                ? follower.settle(collection, projectId) : Mono.empty()).thenReturn(true));
    }

    private enum Written {
        NOTHING, FACTS, FACTS_AND_PENDING;

        static Written of(Document pending) {
            return pending == null ? FACTS : FACTS_AND_PENDING;
        }
    }

    /** Whether the last sequences applied per aggregate ({@code applied} of a facts document) include the event. */
    private static boolean alreadyApplied(Document appliedSequences, EventEnvelope event) {
        Number last = appliedSequences == null ? null : appliedSequences.get(appliedKey(event), Number.class);
        return last != null && last.longValue() >= event.sequence();
    }

    private static String appliedKey(EventEnvelope event) {
        return event.aggregateid().replace('.', '_');
    }

    private Mono<Void> countChange(String collection) {
        return countChanges(collection, 1);
    }

    private Mono<Void> countChanges(String collection, long changes) {
        return mongo.upsert(Query.query(Criteria.where("_id").is(collection)), new Update().inc("changes", changes),
                STATUS).doOnSuccess(counted -> appliedHere.addAndGet(changes)).then();
    }

    /**
     * Empties a generation a rebuild owns ({@link FactsGenerations#allocate}) and makes its change count exist
     * before events are applied to it from several threads at once (two first upserts at the same moment could
     * otherwise both try to insert it).
     */
    public Mono<Void> startFilling(int generation) {
        String collection = FactsGenerations.factsCollection(generation);
        // Dropped only if there: the MongoDB-wire server logs dropping a missing collection as an error.
        return mongo.collectionExists(collection).flatMap(exists -> exists ? mongo.dropCollection(collection)
                        : Mono.empty())
                .then(mongo.upsert(Query.query(Criteria.where("_id").is(collection)),
                        new Update().set("changes", 0L), STATUS))
                .then();
    }

    /** What {@link #fill} did with a batch: events applied (or that change nothing kept), and events it could not. */
    public record Filled(long applied, long skipped) {
    }

    /**
     * Applies a batch of events to a generation only its rebuild writes, before it serves: each project's facts
     * are read once and written once, in order per project, and none of its changes is left pending for the
     * follower, which counts its figures from the finished facts instead ({@link #finishFilling}). Per event this
     * is what {@link #apply(EventEnvelope, int)} does, a duplicate is recognised the same way, and an event whose
     * change fails is skipped.
     */
    public Mono<Filled> fill(List<EventEnvelope> events, int generation) {
        String collection = FactsGenerations.factsCollection(generation);
        Map<String, List<EventEnvelope>> byProject = new LinkedHashMap<>();
        events.forEach(event -> byProject.computeIfAbsent(event.subject(), project -> new ArrayList<>()).add(event));
        if (byProject.isEmpty()) {
            return Mono.just(new Filled(0, 0));
        }
        return mongo.find(Query.query(Criteria.where("_id").in(byProject.keySet())), Document.class, collection)
                .collectMap(document -> document.getString("_id"))
                .flatMap(found -> {
                    ReactiveBulkOperations writes = mongo.bulkOps(BulkMode.UNORDERED, collection);
                    List<Folded> folded = new ArrayList<>();
                    for (Map.Entry<String, List<EventEnvelope>> project : byProject.entrySet()) {
                        Document document = found.get(project.getKey());
                        if (document != null && document.containsKey(PENDING)) {
                            return Mono.error(new IllegalStateException("Generation " + generation
                                    + " has a pending change: it is not a rebuild's own"));
                        }
                        Folded fold = fold(project.getKey(), document, project.getValue());
                        folded.add(fold);
                        if (fold.changes() > 0) {
                            write(writes, project.getKey(), document, fold);
                        }
                    }
                    Filled filled = new Filled(folded.stream().mapToLong(Folded::applied).sum(),
                            folded.stream().mapToLong(Folded::skipped).sum());
                    long written = folded.stream().filter(fold -> fold.changes() > 0).count();
                    long changes = folded.stream().mapToLong(Folded::changes).sum();
                    if (written == 0) {
                        return Mono.just(filled);
                    }
                    return writes.execute().flatMap(result -> result.getInsertedCount()
                                    + result.getModifiedCount() == written ? countChanges(collection, changes)
                                    : Mono.error(new IllegalStateException("Generation " + generation
                                            + " changed under its rebuild")))
                            .thenReturn(filled);
                });
    }

    /** One project's facts after a batch's events, with the sequences applied and what became of the events. */
    private record Folded(ProjectFacts facts, Document appliedSequences, long changes, long applied, long skipped) {
    }

    private Folded fold(String projectId, Document document, List<EventEnvelope> events) {
        ProjectFacts facts = document == null ? ProjectFacts.unknown(projectId) : facts(document);
        Document before = document == null ? null : document.get("applied", Document.class);
        Document sequences = before == null ? new Document() : new Document(before);
        long changes = 0;
        long applied = 0;
        long skipped = 0;
        for (EventEnvelope event : events) {
            try {
                UnaryOperator<ProjectFacts> change = change(event);
                if (change != null && !alreadyApplied(sequences, event)) {
                    facts = change.apply(facts);
                    sequences.put(appliedKey(event), event.sequence());
                    changes++;
                }
                applied++;
            } catch (RuntimeException unreadable) {
                skipped++;
            }
        }
        return new Folded(facts, sequences, changes, applied, skipped);
    }

    private void write(ReactiveBulkOperations writes, String projectId, Document document, Folded fold) {
        Document facts = EmbeddedDocuments.of(mongo.getConverter(), fold.facts());
        if (document == null) {
            writes.insert(new Document("_id", projectId).append("version", 1L).append("facts", facts)
                    .append("applied", fold.appliedSequences()));
        } else {
            long version = document.getLong("version");
            writes.updateOne(Query.query(Criteria.where("_id").is(projectId).and("version").is(version)),
                    new Update().set("facts", facts).set("applied", fold.appliedSequences())
                            .set("version", version + 1));
        }
    }

    /** Has the follower count its figures from the facts a rebuild filled, before the generation serves. */
    public Mono<Void> finishFilling(int generation) {
        return follower.recount(FactsGenerations.factsCollection(generation), all(generation));
    }

    /**
     * How many changes this instance has applied since it started: the report refresher builds soon after it
     * moves, instead of waiting for its period (changes other instances apply it finds by its periodic check).
     */
    public long appliedHere() {
        return appliedHere.get();
    }

    /** Every project's facts in the generation that serves, for the reports. */
    public Flux<ProjectFacts> all() {
        return generations.current().flatMapMany(this::all);
    }

    /** Every project's facts in one generation. */
    public Flux<ProjectFacts> all(int generation) {
        return mongo.findAll(Document.class, FactsGenerations.factsCollection(generation)).map(this::facts);
    }

    /** Where facts stand: their generation and how many changes it has seen. A report built at it is current. */
    public record Basis(int generation, long changes) {

        @Override
        public String toString() {
            return generation + ":" + changes;
        }
    }

    /** Where the serving facts stand. */
    public Mono<Basis> basis() {
        return generations.current().flatMap(this::basis);
    }

    public Mono<Basis> basis(int generation) {
        return mongo.findById(FactsGenerations.factsCollection(generation), Document.class, STATUS)
                .map(status -> ((Number) status.getOrDefault("changes", 0L)).longValue())
                .defaultIfEmpty(0L)
                .map(count -> new Basis(generation, count));
    }

    private ProjectFacts facts(Document document) {
        return mongo.getConverter().read(ProjectFacts.class, document.get("facts", Document.class));
    }


    /** Someone else changed the project's document since it was read. */
    private static final class ConcurrentChange extends RuntimeException {
        ConcurrentChange(Throwable cause) {
            super("the project's facts changed meanwhile", cause, false, false);
        }
    }
}

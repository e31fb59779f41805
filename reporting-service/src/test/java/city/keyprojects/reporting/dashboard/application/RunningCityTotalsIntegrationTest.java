package city.keyprojects.reporting.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.storage.EmbeddedDocuments;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.dashboard.domain.CityTotals;
import city.keyprojects.reporting.projects.application.FactsGenerations;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.core.publisher.Flux;
import tools.jackson.databind.node.ObjectNode;

/**
 * The running city totals against the MongoDB-wire server: equal to a fold of the facts however the events
 * interleave, and settled exactly once whatever a crash left half done. Each test fills a generation of its own.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class RunningCityTotalsIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final List<String> HISTORY = List.of("project.registered", "project.responsibility-assigned",
            "project.updated", "project.stage-changed", "project.annual-plan-set", "project.investment-reported");

    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    RunningCityTotals totals;
    @Autowired
    ReactiveMongoOperations mongo;
    @Autowired
    EventCodec codec;

    @Test
    void events_of_many_projects_applied_at_once_and_twice_give_the_totals_of_a_fold_of_their_facts() {
        int generation = freshGeneration();
        List<EventEnvelope> events = new ArrayList<>();
        for (int project = 0; project < 40; project++) {
            String projectId = UUID.randomUUID().toString();
            HISTORY.forEach(type -> events.add(CONTRACT.exampleOfProject(codec, type, projectId)));
        }
        // Each project's events in order, 16 projects at a time; then all of them again, as a redelivery.
        for (int round = 0; round < 2; round++) {
            Flux.fromIterable(events).groupBy(EventEnvelope::subject)
                    .flatMap(project -> project.concatMap(event -> projection.apply(event, generation)), 16)
                    .blockLast(Duration.ofSeconds(60));
        }

        List<ProjectFacts> facts = projection.all(generation).collectList().block();
        assertThat(facts).hasSize(40);
        assertSameFigures(totals.totals(collection(generation)).block(), CityTotals.ofAll(facts));
        assertThat(totals.totals(collection(generation)).block().projects()).isEqualTo(40);
        assertThat(mongo.count(Query.query(Criteria.where(ProjectFactsProjection.PENDING).exists(true)),
                collection(generation)).block()).as("nothing left pending").isZero();
    }

    @Test
    void a_generation_filled_in_batches_equals_one_applied_event_by_event_and_its_totals_are_recounted_whole() {
        int byEvent = freshGeneration();
        int filled = freshGeneration();
        List<EventEnvelope> events = new ArrayList<>();
        for (int project = 0; project < 30; project++) {
            String projectId = UUID.randomUUID().toString();
            HISTORY.forEach(type -> events.add(CONTRACT.exampleOfProject(codec, type, projectId)));
        }
        // Redelivered within the batches and after them.
        List<EventEnvelope> delivered = new ArrayList<>(events);
        delivered.addAll(events.subList(0, 50));
        delivered.addAll(events);
        EventEnvelope unreadable = CONTRACT.exampleOfProject(codec, "project.registered", "unreadable");
        ((ObjectNode) unreadable.data()).put("totalInvestment", "three hundred million");
        delivered.add(77, unreadable);
        Flux.fromIterable(delivered).filter(event -> event != unreadable)
                .concatMap(event -> projection.apply(event, byEvent)).blockLast();

        projection.startFilling(filled).block();
        // A bucket as a crash might have left it, with another generation's figures and a mark: replaced whole.
        mongo.insert(new Document("_id", collection(filled) + "#" + bucket(events.get(0).subject()))
                .append("version", 7L).append("totals", write(CityTotals.of(registered("elsewhere"))))
                .append("inFlight", new Document("project", "elsewhere").append("version", 3L)),
                RunningCityTotals.COLLECTION).block();
        long applied = 0;
        long skipped = 0;
        for (int from = 0; from < delivered.size(); from += 64) {
            ProjectFactsProjection.Filled batch = projection.fill(delivered.subList(from,
                    Math.min(delivered.size(), from + 64)), filled).block();
            applied += batch.applied();
            skipped += batch.skipped();
        }
        projection.finishFilling(filled).block();

        assertThat(skipped).as("the unreadable registration").isEqualTo(1);
        assertThat(applied).isEqualTo(delivered.size() - 1);
        List<ProjectFacts> facts = projection.all(filled).collectList().block();
        assertThat(facts).hasSize(30).containsExactlyInAnyOrderElementsOf(projection.all(byEvent).collectList()
                .block());
        assertThat(projection.basis(filled).block().changes()).as("each change counted once")
                .isEqualTo(projection.basis(byEvent).block().changes()).isEqualTo(events.size());
        assertSameFigures(totals.totals(collection(filled)).block(), CityTotals.ofAll(facts));
        assertSameFigures(totals.totals(collection(filled)).block(), totals.totals(collection(byEvent)).block());
        assertThat(mongo.count(Query.query(Criteria.where("_id").regex("^" + collection(filled) + "#")
                .and("inFlight").exists(true)), RunningCityTotals.COLLECTION).block())
                .as("no settlement left under way").isZero();

        // Once it serves, events are applied one by one onto the recounted totals.
        String later = UUID.randomUUID().toString();
        HISTORY.forEach(type -> projection.apply(CONTRACT.exampleOfProject(codec, type, later), filled).block());
        assertSameFigures(totals.totals(collection(filled)).block(),
                CityTotals.ofAll(projection.all(filled).collectList().block()));
        assertThat(totals.totals(collection(filled)).block().projects()).isEqualTo(31);
    }

    @Test
    void a_change_written_but_never_settled_is_added_once_by_the_leftovers_sweep() {
        String facts = collection(freshGeneration());
        ProjectFacts project = registered("A");
        insertFacts(facts, project, pending(1, ProjectFacts.unknown("A"), project));

        assertThat(totals.settleLeftovers(facts).block()).isEqualTo(1);
        assertThat(totals.settleLeftovers(facts).block()).as("nothing left the second time").isZero();
        totals.settle(facts, "A").block();

        assertSameFigures(totals.totals(facts).block(), CityTotals.of(project));
        assertThat(mongo.findById("A", Document.class, facts).block()).doesNotContainKey(ProjectFactsProjection.PENDING);
    }

    @Test
    void a_change_added_to_its_bucket_but_not_cleared_before_a_crash_is_not_added_again() {
        String facts = collection(freshGeneration());
        ProjectFacts project = registered("A");
        insertFacts(facts, project, pending(1, ProjectFacts.unknown("A"), project));
        // The bucket was written (totals and mark), the crash came before the pending change was cleared.
        mongo.insert(new Document("_id", facts + "#" + bucket("A")).append("version", 1L)
                .append("totals", write(CityTotals.of(project)))
                .append("inFlight", new Document("project", "A").append("version", 1L)),
                RunningCityTotals.COLLECTION).block();

        totals.settle(facts, "A").block();

        assertSameFigures(totals.totals(facts).block(), CityTotals.of(project));
        assertThat(mongo.findById("A", Document.class, facts).block()).doesNotContainKey(ProjectFactsProjection.PENDING);
        assertThat(mongo.findById(facts + "#" + bucket("A"), Document.class, RunningCityTotals.COLLECTION).block())
                .doesNotContainKey("inFlight");
    }

    @Test
    void a_mark_a_crash_left_in_a_bucket_is_finished_by_the_next_change_to_it() {
        String facts = collection(freshGeneration());
        ProjectFacts first = registered("A");
        // A was added and its pending change cleared; the crash came before the bucket's mark was.
        insertFacts(facts, first, null);
        mongo.insert(new Document("_id", facts + "#" + bucket("A")).append("version", 1L)
                .append("totals", write(CityTotals.of(first)))
                .append("inFlight", new Document("project", "A").append("version", 1L)),
                RunningCityTotals.COLLECTION).block();
        String sameBucket = sameBucketAs("A");
        ProjectFacts second = registered(sameBucket);
        insertFacts(facts, second, pending(1, ProjectFacts.unknown(sameBucket), second));

        totals.settle(facts, sameBucket).block();

        assertSameFigures(totals.totals(facts).block(), CityTotals.of(first).plus(CityTotals.of(second)));
        assertThat(totals.totals(facts).block().projects()).isEqualTo(2);
    }

    private static void assertSameFigures(CityTotals actual, CityTotals expected) {
        for (int year : List.of(2025, 2026)) {
            assertThat(CityFigures.of(actual, year, AS_OF)).as("figures of %d", year).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(CityFigures.of(expected, year, AS_OF));
        }
    }

    private Document pending(long version, ProjectFacts before, ProjectFacts after) {
        return new Document("version", version).append("change", totals.change(before, after));
    }

    private void insertFacts(String collection, ProjectFacts facts, Document pending) {
        Document document = new Document("_id", facts.projectId()).append("version", 1L)
                .append("facts", write(facts)).append("applied", new Document());
        if (pending != null) {
            document.append(ProjectFactsProjection.PENDING, pending);
        }
        mongo.insert(document, collection).block();
    }

    private Document write(Object value) {
        return EmbeddedDocuments.of(mongo.getConverter(), value);
    }

    private static ProjectFacts registered(String id) {
        return ProjectFacts.unknown(id).registeredAs("项目" + id, "371402", "INDUSTRIAL", "MUNICIPAL_KEY",
                "UNDER_CONSTRUCTION", new BigDecimal("300000000"), null, LocalDate.of(2025, 1, 10))
                .plannedFor(2026, new BigDecimal("1200"), Collections.nCopies(12, new BigDecimal("100")));
    }

    private static int bucket(String projectId) {
        return Math.floorMod(projectId.hashCode(), RunningCityTotals.BUCKETS);
    }

    private static String sameBucketAs(String projectId) {
        for (int n = 0;; n++) {
            if (!("P" + n).equals(projectId) && bucket("P" + n) == bucket(projectId)) {
                return "P" + n;
            }
        }
    }

    private static int freshGeneration() {
        return ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
    }

    private static String collection(int generation) {
        return FactsGenerations.factsCollection(generation);
    }
}

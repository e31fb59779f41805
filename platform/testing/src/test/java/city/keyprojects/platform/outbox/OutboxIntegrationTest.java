package city.keyprojects.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.messaging.KafkaEventSender;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

/** The outbox's promises, against a real Kafka broker and the MongoDB-wire server. */
class OutboxIntegrationTest {

    private static final String TOPIC = "outbox-test.events.v1";
    private static final Actor ACTOR = new Actor("tester", "CITY_ADMIN");

    record Tally(String name, int value) {
    }

    private static MongoClient client;
    private static ReactiveMongoTemplate mongo;
    private static KafkaTemplate<String, byte[]> kafka;
    private static final EventCodec codec = new EventCodec(JsonMapper.builder().build());

    @BeforeAll
    static void connect() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        client = MongoClients.create(infrastructure.mongoUri());
        mongo = new ReactiveMongoTemplate(client, "outbox-test");
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer()));
        try (AdminClient admin = AdminClient.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void disconnect() {
        kafka.destroy();
        client.close();
    }

    @Test
    void a_crash_between_the_write_and_the_publish_loses_no_event() {
        String collection = freshCollection();
        // The first process writes, then dies before anything is sent.
        OutboxRelay dying = new OutboxRelay(mongo, events -> Mono.never(), new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(dying).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        store.create(id, new Tally("a", 1), List.of(event(id, "tally.created")), ACTOR).block();
        assertThat(pendingIds(collection, id)).hasSize(1);

        // A new process sweeps on start.
        try (PublishedEvents published = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), TOPIC)) {
            OutboxRelay restarted = new OutboxRelay(mongo, new KafkaEventSender(kafka), new SimpleMeterRegistry());
            StepVerifier.create(restarted.sweep(List.of(collection))).expectNext(1).verifyComplete();

            List<EventEnvelope> events = eventsOf(published, id, 1);
            assertThat(events.get(0).type()).isEqualTo("tally.created");
            assertThat(events.get(0).sequence()).isEqualTo(1);
            assertThat(events.get(0).actorid()).isEqualTo("tester");
        }
        assertThat(pendingIds(collection, id)).isEmpty();
    }

    @Test
    void a_failed_publish_is_retried_and_never_marked_done() {
        String collection = freshCollection();
        AtomicInteger attempts = new AtomicInteger();
        KafkaEventSender real = new KafkaEventSender(kafka);
        EventSender failingTwice = events -> attempts.incrementAndGet() <= 2
                ? Mono.error(new IllegalStateException("broker unavailable"))
                : real.sendAll(events);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, failingTwice, meters);
        AggregateStore<Tally> store = stores(relay).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();

        // publishSoon runs in the background: wait until its (failed) attempt is over.
        store.create(id, new Tally("b", 1), List.of(event(id, "tally.created")), ACTOR).block();
        awaitAttempts(attempts, 1);
        assertThat(pendingIds(collection, id)).as("kept after a failed publish").hasSize(1);

        StepVerifier.create(relay.sweep(List.of(collection))).expectNext(0).verifyComplete();
        assertThat(pendingIds(collection, id)).as("kept after a second failure").hasSize(1);
        assertThat(meters.counter("outbox.publish.failures").count()).isEqualTo(2);

        try (PublishedEvents published = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), TOPIC)) {
            StepVerifier.create(relay.sweep(List.of(collection))).expectNext(1).verifyComplete();
            assertThat(eventsOf(published, id, 1)).hasSize(1);
        }
        assertThat(pendingIds(collection, id)).isEmpty();
        assertThat(meters.counter("outbox.events.published").count()).isEqualTo(1);
    }

    @Test
    void the_sweeper_sweeps_at_start_soon_after_a_failed_publication_and_otherwise_once_a_full_period() {
        String collection = freshCollection();
        AtomicInteger attempts = new AtomicInteger();
        EventSender failingOnce = events -> attempts.incrementAndGet() == 1
                ? Mono.error(new IllegalStateException("broker unavailable"))
                : Mono.empty();
        OutboxRelay relay = new OutboxRelay(mongo, failingOnce, new SimpleMeterRegistry());
        AggregateStores stores = stores(relay);
        AggregateStore<Tally> store = stores.forCollection(collection, Tally.class);
        OutboxSweeper sweeper = new OutboxSweeper(relay, stores, Duration.ofSeconds(2), Duration.ofMinutes(5));
        long minute = Duration.ofMinutes(1).toNanos();

        assertThat(sweeper.sweepDue(0)).as("at start").isTrue();
        assertThat(sweeper.sweepDue(minute)).as("nothing missed").isFalse();

        String id = UUID.randomUUID().toString();
        store.create(id, new Tally("c", 1), List.of(event(id, "tally.created")), ACTOR).block();
        awaitAttempts(attempts, 1);
        assertThat(relay.sweepWanted(Duration.ofMinutes(1))).isTrue();
        assertThat(sweeper.sweepDue(2 * minute)).as("a publication failed").isTrue();
        StepVerifier.create(relay.sweep(List.of(collection))).expectNext(1).verifyComplete();

        assertThat(relay.sweepWanted(Duration.ofMinutes(1))).isFalse();
        assertThat(sweeper.sweepDue(3 * minute)).as("nothing missed since").isFalse();
        assertThat(sweeper.sweepDue(7 * minute - 1)).isFalse();
        assertThat(sweeper.sweepDue(7 * minute)).as("a full period after the last").isTrue();
        assertThat(pendingIds(collection, id)).isEmpty();
    }

    @Test
    void a_publication_waiting_on_a_hung_broker_longer_than_a_period_asks_for_a_sweep() {
        String collection = freshCollection();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(mongo, events -> Mono.never(), meters);
        AggregateStore<Tally> store = stores(relay).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        store.create(id, new Tally("d", 1), List.of(event(id, "tally.created"), event(id, "tally.counted")), ACTOR)
                .block();
        Mono.delay(Duration.ofMillis(300)).block();

        assertThat(relay.sweepWanted(Duration.ofMinutes(1))).as("not waiting that long yet").isFalse();
        assertThat(relay.sweepWanted(Duration.ofMillis(100))).as("waiting longer than that").isTrue();
        assertThat(meters.get("outbox.events.pending").gauge().value()).as("counted while they wait").isEqualTo(2);
    }

    /** A backlog larger than one page of the sweep: every event out once, in order, journaled, the outboxes empty. */
    @Test
    void a_backlog_of_many_documents_goes_out_whole_in_pages() {
        String collection = freshCollection();
        OutboxRelay away = new OutboxRelay(mongo, events -> Mono.error(new IllegalStateException("broker away")),
                new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(away).forCollection(collection, Tally.class);
        List<String> ids = Flux.range(0, 450)
                .flatMap(i -> {
                    String id = UUID.randomUUID().toString();
                    return store.create(id, new Tally("t" + i, i),
                            List.of(event(id, "tally.created"), event(id, "tally.counted")), ACTOR).thenReturn(id);
                }, 8)
                .collectList().block();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();

        try (PublishedEvents published = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), TOPIC)) {
            OutboxRelay relay = new OutboxRelay(mongo, new KafkaEventSender(kafka), meters);
            StepVerifier.create(relay.sweep(List.of(collection))).expectNext(900).verifyComplete();

            List<EventEnvelope> last = eventsOf(published, ids.get(ids.size() - 1), 2);
            assertThat(last).extracting(EventEnvelope::type).containsExactly("tally.created", "tally.counted");
        }
        assertThat(meters.counter("outbox.events.published").count()).isEqualTo(900);
        assertThat(ids).allSatisfy(id -> assertThat(pendingIds(collection, id)).isEmpty());
        assertThat(mongo.count(new Query(), AggregateStore.journal(collection)).block()).isEqualTo(900);
    }

    @Test
    void events_of_one_aggregate_reach_the_topic_in_the_order_they_were_written() {
        String collection = freshCollection();
        OutboxRelay relay = new OutboxRelay(mongo, new KafkaEventSender(kafka), new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(relay).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        int writes = 40;

        try (PublishedEvents published = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(), TOPIC)) {
            Stored<Tally> current = store.create(id, new Tally("c", 0), List.of(event(id, "tally.created")), ACTOR)
                    .block();
            for (int i = 1; i < writes; i++) {
                current = store.update(current, new Tally("c", i), List.of(event(id, "tally.incremented")), ACTOR)
                        .block();
                if (i % 7 == 0) {
                    // A sweep racing with the immediate publications must not reorder anything.
                    relay.sweep(List.of(collection)).subscribe();
                }
            }
            List<EventEnvelope> events = eventsOf(published, id, writes);
            List<Long> firstSeen = new ArrayList<>();
            for (EventEnvelope event : events) {
                if (!firstSeen.contains(event.sequence())) {
                    firstSeen.add(event.sequence());
                }
            }
            assertThat(firstSeen).as("first appearance of each sequence number")
                    .containsExactlyElementsOf(Flux.range(1, writes).map(Long::valueOf).collectList().block());
        }
        awaitNoPending(collection, id);
    }

    @Test
    void of_two_concurrent_writers_exactly_one_wins_and_the_loser_leaves_no_event() {
        String collection = freshCollection();
        OutboxRelay idle = new OutboxRelay(mongo, events -> Mono.never(), new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(idle).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        Stored<Tally> read = store.create(id, new Tally("d", 0), List.of(event(id, "tally.created")), ACTOR).block();

        var first = store.update(read, new Tally("d", 1), List.of(event(id, "tally.first")), ACTOR)
                .map(s -> "won").onErrorResume(StaleVersionException.class, e -> Mono.just("stale"));
        var second = store.update(read, new Tally("d", 2), List.of(event(id, "tally.second")), ACTOR)
                .map(s -> "won").onErrorResume(StaleVersionException.class, e -> Mono.just("stale"));
        List<String> outcomes = Flux.merge(first, second).collectList().block();

        assertThat(outcomes).containsExactlyInAnyOrder("won", "stale");
        Stored<Tally> after = store.find(id).block();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.lastSequence()).isEqualTo(2);
        List<String> types = pendingTypes(collection, id);
        assertThat(types).hasSize(2).startsWith("tally.created");
        assertThat(types.get(1)).isEqualTo(after.state().value() == 1 ? "tally.first" : "tally.second");
    }

    @Test
    void creating_an_existing_aggregate_is_refused_and_changes_nothing() {
        String collection = freshCollection();
        OutboxRelay idle = new OutboxRelay(mongo, events -> Mono.never(), new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(idle).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        store.create(id, new Tally("e", 1), List.of(event(id, "tally.created")), ACTOR).block();

        StepVerifier.create(store.create(id, new Tally("e", 99), List.of(event(id, "tally.created")), ACTOR))
                .expectError(DuplicateAggregateException.class)
                .verify();

        assertThat(store.find(id).block().state().value()).isEqualTo(1);
        assertThat(pendingIds(collection, id)).hasSize(1);
    }

    @Test
    void an_aggregates_history_holds_every_event_with_its_actor_before_and_after_publication() {
        String collection = freshCollection();
        OutboxRelay holding = new OutboxRelay(mongo, events -> Mono.error(new IllegalStateException("down")),
                new SimpleMeterRegistry());
        AggregateStore<Tally> store = stores(holding).forCollection(collection, Tally.class);
        String id = UUID.randomUUID().toString();
        Stored<Tally> created = store.create(id, new Tally("h", 1), List.of(event(id, "tally.created")), ACTOR)
                .block();
        store.update(created, new Tally("h", 2), List.of(event(id, "tally.raised"), event(id, "tally.noted")),
                new Actor("auditor", "LEADER")).block();

        StepVerifier.create(store.history(id).map(e -> e.sequence() + " " + e.type() + " " + e.actorid()))
                .expectNext("1 tally.created tester", "2 tally.raised auditor", "3 tally.noted auditor")
                .verifyComplete();

        // Published: out of the outbox, into the journal, and the history reads the same.
        OutboxRelay working = new OutboxRelay(mongo, new KafkaEventSender(kafka), new SimpleMeterRegistry());
        StepVerifier.create(working.sweep(List.of(collection))).expectNext(3).verifyComplete();
        assertThat(pendingIds(collection, id)).isEmpty();
        StepVerifier.create(store.history(id).map(e -> e.sequence() + " " + e.actorrole()))
                .expectNext("1 CITY_ADMIN", "2 LEADER", "3 LEADER")
                .verifyComplete();
        StepVerifier.create(store.history("no-such-aggregate")).verifyComplete();
    }

    private static AggregateStores stores(OutboxRelay relay) {
        return new AggregateStores(mongo, codec, relay, "/outbox-test", Clock.systemUTC());
    }

    private static OutgoingEvent event(String id, String type) {
        return new OutgoingEvent(TOPIC, type, id, Map.of("note", type));
    }

    private static String freshCollection() {
        return "tallies_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static List<String> pendingIds(String collection, String id) {
        return outbox(collection, id).stream().map(event -> event.getString("id")).toList();
    }

    private static List<String> pendingTypes(String collection, String id) {
        return outbox(collection, id).stream()
                .map(event -> codec.decode(event.getString("payload").getBytes()).type()).toList();
    }

    private static List<Document> outbox(String collection, String id) {
        Document document = mongo.findById(id, Document.class, collection).block();
        return document.getList("outbox", Document.class, List.of());
    }

    private static List<EventEnvelope> eventsOf(PublishedEvents published, String id, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<EventEnvelope> mine = List.of();
        while (mine.size() < atLeast && System.nanoTime() < deadline) {
            mine = published.drain(Duration.ofMillis(300)).stream()
                    .filter(record -> id.equals(record.key()))
                    .map(ConsumerRecord::value)
                    .map(codec::decode)
                    .toList();
        }
        assertThat(mine.size()).as("events published for " + id).isGreaterThanOrEqualTo(atLeast);
        return mine;
    }

    private static void awaitAttempts(AtomicInteger attempts, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (attempts.get() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(attempts.get()).isGreaterThanOrEqualTo(count);
        // The failed attempt ends right after send(); give its error path a moment to run.
        Mono.delay(Duration.ofMillis(200)).block();
    }

    private static void awaitNoPending(String collection, String id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!pendingIds(collection, id).isEmpty() && System.nanoTime() < deadline) {
            Mono.delay(Duration.ofMillis(100)).block();
        }
        assertThat(pendingIds(collection, id)).isEmpty();
    }
}

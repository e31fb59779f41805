package city.keyprojects.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.messaging.KafkaEventSender;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.platform.outbox.OutboxRelay;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox relay draining a backlog (what it does after the broker was away), as the services run it: platform-
 * core's {@link OutboxRelay} and {@link KafkaEventSender} against the platform's MongoDB and Kafka. The backlog is
 * written through {@link AggregateStores} while no event can be sent, so its documents are exactly the services'.
 * The baseline sends the same events' payloads with the same keys through a bare KafkaTemplate.
 */
final class OutboxThroughput {

    private static final String TOPIC = "benchmark.outbox.v1";
    private static final String COLLECTION = "samples";

    /** A sampled aggregate's state. */
    record Sample(String name, int number) {
    }

    /** A sampled aggregate's event. */
    record Sampled(String sampleId, String name, int number, String note) {
    }

    /** Events a second: the relay's and the bare sends'. */
    record Rates(double relay, double bare) {
    }

    static Rates measure(String mongoUri, BareKafka kafka, int aggregates, int eventsEach) throws Exception {
        kafka.createTopic(TOPIC, 3);
        try (MongoClient client = MongoClients.create(mongoUri)) {
            ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(client, "benchmark-outbox-" + UUID.randomUUID());
            EventCodec codec = new EventCodec(Api.JSON);
            OutboxRelay away = new OutboxRelay(mongo,
                    events -> Mono.error(new IllegalStateException("the broker is away")), new SimpleMeterRegistry());
            AggregateStore<Sample> samples = new AggregateStores(mongo, codec, away, "/benchmark", Clock.systemUTC())
                    .forCollection(COLLECTION, Sample.class);
            Flux.range(0, aggregates)
                    .flatMap(i -> {
                        String id = "sample-" + i;
                        List<OutgoingEvent> events = new ArrayList<>();
                        for (int e = 0; e < eventsEach; e++) {
                            events.add(new OutgoingEvent(TOPIC, "benchmark.sampled", id,
                                    new Sampled(id, "样本项目 " + i, e, "x".repeat(200))));
                        }
                        return samples.create(id, new Sample("样本项目 " + i, i), events, Actor.SYSTEM);
                    }, 8)
                    .blockLast();
            int backlog = aggregates * eventsEach;

            List<String> keys = new ArrayList<>(backlog);
            List<byte[]> payloads = new ArrayList<>(backlog);
            mongo.findAll(Document.class, COLLECTION).doOnNext(document -> {
                for (Document event : document.getList("outbox", Document.class)) {
                    keys.add(event.getString("key"));
                    payloads.add(event.getString("payload").getBytes(StandardCharsets.UTF_8));
                }
            }).blockLast();
            if (payloads.size() != backlog) {
                throw new IllegalStateException("expected " + backlog + " events waiting, found " + payloads.size());
            }
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (var producers = new Producers(kafka)) {
                double bare = sendAll(producers.template, keys, payloads);
                OutboxRelay relay = new OutboxRelay(mongo, new KafkaEventSender(producers.template), registry);
                long started = System.nanoTime();
                int released = relay.sweep(List.of(COLLECTION)).block();
                double seconds = (System.nanoTime() - started) / 1e9;
                if (released != backlog) {
                    throw new IllegalStateException("the relay released " + released + " of " + backlog);
                }
                System.out.printf("  backlog of %d events in %d documents: bare KafkaTemplate %.0f/s; relay %.2f s%n",
                        backlog, aggregates, bare, seconds);
                return new Rates(backlog / seconds, bare);
            } finally {
                mongo.getMongoDatabase().flatMap(database -> Mono.from(database.drop())).block();
            }
        }
    }

    /** Sends every payload with its key through the template, then waits for every acknowledgement: events a second. */
    private static double sendAll(KafkaTemplate<String, byte[]> template, List<String> keys, List<byte[]> payloads) {
        template.partitionsFor(TOPIC);
        long started = System.nanoTime();
        List<CompletableFuture<?>> acks = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            acks.add(template.send(TOPIC, keys.get(i), payloads.get(i)));
        }
        CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).join();
        return payloads.size() / ((System.nanoTime() - started) / 1e9);
    }

    /** A KafkaTemplate with the platform's producer settings, closed after use. */
    private static final class Producers implements AutoCloseable {
        private final DefaultKafkaProducerFactory<String, byte[]> factory;
        private final KafkaTemplate<String, byte[]> template;

        Producers(BareKafka kafka) {
            factory = new DefaultKafkaProducerFactory<>(Map.copyOf(kafka.producerSettings()));
            template = new KafkaTemplate<>(factory);
        }

        @Override
        public void close() {
            factory.destroy();
        }
    }
}

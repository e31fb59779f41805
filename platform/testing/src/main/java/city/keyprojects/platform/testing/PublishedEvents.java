package city.keyprojects.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;

/** Reads a topic from its beginning, to see exactly what a service published. */
public final class PublishedEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> records = new CopyOnWriteArrayList<>();

    public PublishedEvents(String bootstrapServers, String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topics));
    }

    /** Polls until at least {@code count} records arrived in all, or the timeout passed; returns them all. */
    public List<ConsumerRecord<String, byte[]>> awaitAtLeast(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return new ArrayList<>(records);
    }

    /**
     * Polls until {@code count} events published under {@code key} that {@code which} accepts have arrived, or 20 s
     * passed; asserts there are exactly {@code count} and returns them in publication order.
     */
    public List<EventEnvelope> awaitEnvelopes(EventCodec codec, String key, Predicate<EventEnvelope> which,
            int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<EventEnvelope> found = List.of();
        while (found.size() < count && System.nanoTime() < deadline) {
            found = envelopes(codec, drain(Duration.ofMillis(300)), key, which);
        }
        assertThat(found).as("events under the key %s", key).hasSize(count);
        return found;
    }

    /** Accepts the events of one CloudEvents type. */
    public static Predicate<EventEnvelope> ofType(String type) {
        return event -> type.equals(event.type());
    }

    /** The events among {@code records} published under {@code key} that {@code which} accepts, decoded. */
    public static List<EventEnvelope> envelopes(EventCodec codec, List<ConsumerRecord<String, byte[]>> records,
            String key, Predicate<EventEnvelope> which) {
        return records.stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> codec.decode(record.value()))
                .filter(which)
                .toList();
    }

    /** Polls for a while and returns everything seen so far, to check that nothing more arrives. */
    public List<ConsumerRecord<String, byte[]>> drain(Duration period) {
        long deadline = System.nanoTime() + period.toNanos();
        while (System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
        }
        return new ArrayList<>(records);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}

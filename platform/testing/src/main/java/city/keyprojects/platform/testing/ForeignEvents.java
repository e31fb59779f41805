package city.keyprojects.platform.testing;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;

/**
 * Publishes events as another service would, onto the shared test broker: for tests of a service's consumers.
 * Envelopes are written exactly as the platform's outbox writes them.
 */
public final class ForeignEvents implements AutoCloseable {

    private final EventCodec codec;
    private final KafkaProducer<String, byte[]> producer;

    public ForeignEvents(EventCodec codec) {
        this.codec = codec;
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().bootstrapServers()), new StringSerializer(), new ByteArraySerializer());
    }

    /** An envelope from {@code source} about {@code subject}, by a system actor. */
    public static EventEnvelope envelope(String source, String type, String subject, long sequence, JsonNode data) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), source, type, subject,
                Instant.now(), "application/json", data, subject, sequence, "system", "SYSTEM", null, null);
    }

    /**
     * The same event as another one of an aggregate: a fresh event id, {@code aggregateId} and {@code sequence}, all
     * else (its data included) as in {@code event}.
     */
    public static EventEnvelope renumbered(EventEnvelope event, String aggregateId, long sequence) {
        return new EventEnvelope(event.specversion(), UUID.randomUUID().toString(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), event.data(), aggregateId, sequence,
                event.actorid(), event.actorrole(), event.correlationid(), event.traceparent());
    }

    /** Sends the envelope keyed by its subject, and waits until the broker has it. */
    public void publish(String topic, EventEnvelope envelope) {
        publishRaw(topic, envelope.subject(), codec.encode(envelope));
    }

    /** Sends bytes as they are (a record that is no event at all, say), and waits until the broker has them. */
    public void publishRaw(String topic, String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}

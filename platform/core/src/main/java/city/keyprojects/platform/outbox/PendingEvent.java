package city.keyprojects.platform.outbox;

/**
 * One event waiting in an aggregate's outbox: its id, topic, key, the exact envelope JSON to publish, the
 * request it came from (sent again as Kafka headers, so that consumers can log under the same ids), and its
 * sequence number within the aggregate.
 */
public record PendingEvent(String id, String topic, String key, String payload, String correlationId,
        String traceparent, long sequence) {
}

package city.keyprojects.platform.outbox;

/**
 * One event waiting in an aggregate's outbox: its id, topic, key, the exact envelope JSON to publish, and the
 * request it came from (sent again as Kafka headers, so that consumers can log under the same ids).
 */
public record PendingEvent(String id, String topic, String key, String payload, String correlationId,
        String traceparent) {
}

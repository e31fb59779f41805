package city.keyprojects.platform.outbox;

/** One event waiting in an aggregate's outbox: its id, topic, key and the exact envelope JSON to publish. */
public record PendingEvent(String id, String topic, String key, String payload) {
}

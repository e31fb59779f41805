package city.keyprojects.platform.outbox;

/**
 * An aggregate's state as read from its document, with the version used for the optimistic check on the
 * next write and the sequence number of the last event it emitted.
 */
public record Stored<T>(String id, T state, long version, long lastSequence) {
}

package city.keyprojects.platform.outbox;

/** Somebody else changed the aggregate since it was read: the write was refused and nothing changed. */
public class StaleVersionException extends RuntimeException {

    private final String aggregateId;
    private final long expectedVersion;

    public StaleVersionException(String aggregateId, long expectedVersion) {
        super("It was changed by someone else in the meantime (expected version " + expectedVersion
                + "). Reload it and try again.");
        this.aggregateId = aggregateId;
        this.expectedVersion = expectedVersion;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}

package city.keyprojects.platform.outbox;

/** Somebody else changed the aggregate since it was read: the write was refused and nothing changed. */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(long expectedVersion) {
        super("It was changed by someone else in the meantime (expected version " + expectedVersion
                + "). Reload it and try again.");
    }
}

package city.keyprojects.platform.outbox;

/** An aggregate with that id exists already. */
public class DuplicateAggregateException extends RuntimeException {

    public DuplicateAggregateException(String collection, String id) {
        super("A record with id " + id + " exists already in " + collection + ".");
    }
}

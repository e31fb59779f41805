package city.keyprojects.platform.events;

/** An event that can never be processed as it is: it goes to the dead-letter topic without retries. */
public class UnreadableEventException extends RuntimeException {

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

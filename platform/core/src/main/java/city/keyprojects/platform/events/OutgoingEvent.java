package city.keyprojects.platform.events;

import java.util.List;
import java.util.Objects;

/**
 * An event an application service wants published with its state change: the topic, the CloudEvents type,
 * the subject (the project id, also the partition key) and the data. The store completes the envelope.
 */
public record OutgoingEvent(String topic, String type, String subject, Object data) {

    public OutgoingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    /** Domain events to publish on {@code topic}, each keyed by its subject. */
    public static List<OutgoingEvent> on(String topic, List<? extends PublishedEvent> events) {
        return events.stream().map(event -> new OutgoingEvent(topic, event.type(), event.subject(), event)).toList();
    }
}

package city.keyprojects.issue.events;

import java.util.List;

import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.events.PublishedEvent;
import city.keyprojects.platform.events.TopicNames;

/** The one topic the issue service publishes on: {@code issue.events.v1}, keyed by the project. */
public final class IssueTopic {

    public static final String NAME = TopicNames.events("issue", 1);

    private IssueTopic() {
    }

    public static List<OutgoingEvent> outgoing(List<? extends PublishedEvent> events) {
        return OutgoingEvent.on(NAME, events);
    }
}

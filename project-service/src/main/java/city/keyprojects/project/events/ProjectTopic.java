package city.keyprojects.project.events;

import java.util.List;

import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.events.PublishedEvent;
import city.keyprojects.platform.events.TopicNames;

/** The one topic the project service publishes on: {@code project.events.v1}, keyed by each event's subject. */
public final class ProjectTopic {

    public static final String NAME = TopicNames.events("project", 1);

    private ProjectTopic() {
    }

    public static List<OutgoingEvent> outgoing(List<? extends PublishedEvent> events) {
        return OutgoingEvent.on(NAME, events);
    }
}

package city.keyprojects.approval.events;

import java.util.List;

import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.events.PublishedEvent;
import city.keyprojects.platform.events.TopicNames;

/** The one topic the approval service publishes on: {@code approval.events.v1}, keyed by the project. */
public final class ApprovalTopic {

    public static final String NAME = TopicNames.events("approval", 1);

    private ApprovalTopic() {
    }

    public static List<OutgoingEvent> outgoing(List<? extends PublishedEvent> events) {
        return OutgoingEvent.on(NAME, events);
    }
}

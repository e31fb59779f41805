package city.keyprojects.project.registry.application;

import java.util.List;

import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.events.TopicNames;
import city.keyprojects.project.registry.domain.ProjectEvent;

/** Where project events are published: {@code project.events.v1}, keyed by the project id. */
final class ProjectEvents {

    static final String TOPIC = TopicNames.events("project", 1);

    private ProjectEvents() {
    }

    static List<OutgoingEvent> outgoing(List<ProjectEvent> events) {
        return events.stream()
                .map(event -> new OutgoingEvent(TOPIC, event.type(), event.projectId(), event))
                .toList();
    }
}

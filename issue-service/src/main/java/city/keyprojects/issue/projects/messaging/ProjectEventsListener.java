package city.keyprojects.issue.projects.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.platform.messaging.IncomingEvents;

/** Subscribes to {@code project.events.v1}; failures are retried, then dead-lettered by the platform. */
@Component
class ProjectEventsListener {

    private final IncomingEvents incoming;
    private final KnownProjects knownProjects;

    ProjectEventsListener(IncomingEvents incoming, KnownProjects knownProjects) {
        this.incoming = incoming;
        this.knownProjects = knownProjects;
    }

    @KafkaListener(id = "issue-known-projects", topics = "project.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.handle(record, knownProjects::apply);
    }
}

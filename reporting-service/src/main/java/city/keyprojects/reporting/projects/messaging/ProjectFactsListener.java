package city.keyprojects.reporting.projects.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.messaging.IncomingEvents;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;

/**
 * Subscribes to the three topics, each keyed by the project, into the projects' facts; failures are retried, then
 * dead-lettered by the platform.
 */
@Component
class ProjectFactsListener {

    private final IncomingEvents incoming;
    private final ProjectFactsProjection facts;

    ProjectFactsListener(IncomingEvents incoming, ProjectFactsProjection facts) {
        this.incoming = incoming;
        this.facts = facts;
    }

    // Three consumers share the nine partitions: applying an event waits on about ten MongoDB round trips, and one
    // consumer taking them one after another folded some 60 events a second. A project's events stay in order (one
    // partition per topic); its documents guard against two topics' consumers changing it at once.
    @KafkaListener(id = "reporting-project-facts", concurrency = "${reporting.listener.concurrency:3}",
            topics = {"project.events.v1", "approval.events.v1", "issue.events.v1"})
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.handle(record, facts::apply);
    }
}

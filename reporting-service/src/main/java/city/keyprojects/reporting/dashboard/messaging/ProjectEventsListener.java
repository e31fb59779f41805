package city.keyprojects.reporting.dashboard.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.messaging.IncomingEvents;
import city.keyprojects.reporting.dashboard.application.DashboardProjection;
import city.keyprojects.reporting.dashboard.application.RecordPosition;

/**
 * Subscribes to {@code project.events.v1}. The projection needs the record's position in the log (its
 * partition and offset) to add each record to the totals exactly once.
 */
@Component
class ProjectEventsListener {

    private final IncomingEvents incoming;
    private final DashboardProjection dashboard;

    ProjectEventsListener(IncomingEvents incoming, DashboardProjection dashboard) {
        this.incoming = incoming;
        this.dashboard = dashboard;
    }

    @KafkaListener(id = "reporting-dashboard", topics = "project.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        RecordPosition position = new RecordPosition(record.topic(), record.partition(), record.offset());
        incoming.handle(record, event -> dashboard.apply(event, position));
    }
}

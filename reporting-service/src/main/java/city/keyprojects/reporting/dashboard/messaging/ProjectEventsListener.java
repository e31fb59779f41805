package city.keyprojects.reporting.dashboard.messaging;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.reporting.dashboard.application.DashboardProjection;
import city.keyprojects.reporting.dashboard.application.RecordPosition;

/**
 * Subscribes to {@code project.events.v1}. The offset is committed only after the projection finished; a failure
 * is retried and then dead-lettered by the platform's error handler.
 */
@Component
class ProjectEventsListener {

    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final DashboardProjection dashboard;

    ProjectEventsListener(EventCodec codec, DashboardProjection dashboard) {
        this.codec = codec;
        this.dashboard = dashboard;
    }

    @KafkaListener(id = "reporting-dashboard", topics = "project.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        dashboard.apply(codec.decode(record.value()),
                        new RecordPosition(record.topic(), record.partition(), record.offset()))
                .block(APPLY_TIMEOUT);
    }
}

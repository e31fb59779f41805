package city.keyprojects.approval.projects.messaging;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;

/** Subscribes to {@code project.events.v1}; failures are retried, then dead-lettered by the platform. */
@Component
class ProjectEventsListener {

    private static final Duration APPLY_TIMEOUT = Duration.ofSeconds(30);

    private final EventCodec codec;
    private final KnownProjects knownProjects;

    ProjectEventsListener(EventCodec codec, KnownProjects knownProjects) {
        this.codec = codec;
        this.knownProjects = knownProjects;
    }

    @KafkaListener(id = "approval-known-projects", topics = "project.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        knownProjects.apply(codec.decode(record.value())).block(APPLY_TIMEOUT);
    }
}

package city.keyprojects.project.promotion.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.messaging.IncomingEvents;
import city.keyprojects.project.promotion.application.RunningOnboardingClock;

/**
 * The onboarding clock listens to the service's own {@code project.events.v1} (its own consumer group); failures
 * are retried, then dead-lettered by the platform.
 */
@Component
class ProjectEventsListener {

    private final IncomingEvents incoming;
    private final RunningOnboardingClock onboardingClock;

    ProjectEventsListener(IncomingEvents incoming, RunningOnboardingClock onboardingClock) {
        this.incoming = incoming;
        this.onboardingClock = onboardingClock;
    }

    @KafkaListener(id = "project-onboarding-clock", topics = "project.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.handle(record, onboardingClock::apply);
    }
}

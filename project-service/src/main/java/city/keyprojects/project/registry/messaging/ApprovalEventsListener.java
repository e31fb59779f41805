package city.keyprojects.project.registry.messaging;

import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.messaging.IncomingEvents;
import city.keyprojects.project.registry.application.ChangingProjectStage;
import city.keyprojects.project.registry.domain.ApprovalStage;
import reactor.core.publisher.Mono;

/**
 * Subscribes to {@code approval.events.v1} and reads {@code approval.stage-completed}: which approval stages of a
 * project are complete gates its lifecycle. Other approval events are not this service's business. Failures are
 * retried, then dead-lettered by the platform.
 */
@Component
class ApprovalEventsListener {

    static final String STAGE_COMPLETED = "approval.stage-completed";

    /** The fields of {@code approval.stage-completed} this service reads; others are ignored. */
    record StageCompleted(String projectId, String stage) {
    }

    private final IncomingEvents incoming;
    private final EventCodec codec;
    private final ChangingProjectStage changingStage;

    ApprovalEventsListener(IncomingEvents incoming, EventCodec codec, ChangingProjectStage changingStage) {
        this.incoming = incoming;
        this.codec = codec;
        this.changingStage = changingStage;
    }

    @KafkaListener(id = "project-approval-stages", topics = "approval.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.handle(record, event -> {
            if (!STAGE_COMPLETED.equals(event.type())) {
                return Mono.empty();
            }
            StageCompleted completed = codec.dataAs(event, StageCompleted.class);
            // A stage this service does not know (added by the approval service later) gates nothing here.
            return Arrays.stream(ApprovalStage.values()).filter(stage -> stage.name().equals(completed.stage()))
                    .findFirst()
                    .map(stage -> changingStage.recordApprovalStageCompleted(completed.projectId(), stage))
                    .orElseGet(Mono::empty);
        });
    }
}

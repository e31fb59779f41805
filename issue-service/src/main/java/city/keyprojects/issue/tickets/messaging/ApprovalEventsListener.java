package city.keyprojects.issue.tickets.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import city.keyprojects.issue.tickets.application.OpeningTicketsForOverdueApprovals;
import city.keyprojects.platform.messaging.IncomingEvents;

/** Subscribes to {@code approval.events.v1}; failures are retried, then dead-lettered by the platform. */
@Component
class ApprovalEventsListener {

    private final IncomingEvents incoming;
    private final OpeningTicketsForOverdueApprovals opening;

    ApprovalEventsListener(IncomingEvents incoming, OpeningTicketsForOverdueApprovals opening) {
        this.incoming = incoming;
        this.opening = opening;
    }

    @KafkaListener(id = "issue-overdue-approvals", topics = "approval.events.v1")
    void on(ConsumerRecord<String, byte[]> record) {
        incoming.handle(record, opening::apply);
    }
}

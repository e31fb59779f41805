package city.keyprojects.issue.tickets.application;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import city.keyprojects.issue.tickets.domain.ApprovalOrigin;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.DuplicateAggregateException;
import reactor.core.publisher.Mono;

/**
 * An approval item past its limit opens one supervised approval ticket for its department and project
 * ({@code approval.item-overdue}). The item is reported again at each escalation level, and any delivery may come
 * twice: the ticket's id is the case and item, so every later report finds the ticket there and changes nothing.
 */
@Service
public class OpeningTicketsForOverdueApprovals {

    static final String ITEM_OVERDUE = "approval.item-overdue";

    private final Tickets tickets;
    private final EventCodec codec;
    private final WorkingDayCalendar calendar;

    OpeningTicketsForOverdueApprovals(Tickets tickets, EventCodec codec, WorkingDayCalendar calendar) {
        this.tickets = tickets;
        this.codec = codec;
        this.calendar = calendar;
    }

    /** The fields of {@code approval.item-overdue} this service reads; others are ignored. */
    record ItemOverdue(String caseId, String projectId, String projectName, String stage, String itemCode,
            String itemName, String department, String departmentName, LocalDate dueDate) {
    }

    public Mono<Void> apply(EventEnvelope event) {
        if (!ITEM_OVERDUE.equals(event.type())) {
            return Mono.empty();
        }
        ItemOverdue overdue = codec.dataAs(event, ItemOverdue.class);
        String ticketId = Ticket.idForOverdueApproval(overdue.caseId(), overdue.itemCode());
        return tickets.exists(ticketId).flatMap(exists -> exists ? Mono.empty()
                : Mono.fromCallable(() -> Ticket.openForOverdueApproval(overdue.projectId(), overdue.projectName(),
                        new ApprovalOrigin(overdue.caseId(), overdue.stage(), overdue.itemCode(), overdue.itemName(),
                                overdue.dueDate()),
                        overdue.department(), overdue.departmentName(), tickets.today(), tickets.now(), calendar))
                        .flatMap(opened -> tickets.create(opened, Actor.SYSTEM))
                        // Two deliveries at once: the other one opened it.
                        .onErrorResume(DuplicateAggregateException.class, duplicate -> Mono.empty())
                        .then());
    }
}

package city.keyprojects.reporting.projects.application;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;

/** The events of {@code issue.events.v1} reporting folds: each ticket's department, due date, answer and closure. */
@Component
class IssueEventChanges implements FactChanges {

    private final EventCodec codec;

    IssueEventChanges(EventCodec codec) {
        this.codec = codec;
    }

    record Ticket(String ticketId, String category, String department, LocalDate dueDate, Boolean onTime,
            Boolean confirmed, Integer satisfaction) {
    }

    @Override
    public UnaryOperator<ProjectFacts> changeFor(EventEnvelope event) {
        if (!event.type().startsWith("issue.ticket-")) {
            return null;
        }
        Ticket ticket = codec.dataAs(event, Ticket.class);
        UnaryOperator<TicketFacts> change = switch (event.type()) {
            case "issue.ticket-reported" -> current -> TicketFacts.reported(ticket.category(), ticket.dueDate());
            case "issue.ticket-assigned" -> current -> known(current, ticket).assignedTo(ticket.department(),
                    ticket.dueDate());
            case "issue.ticket-information-requested" -> current -> known(current, ticket).askedTheReporter();
            case "issue.ticket-information-provided" -> current -> known(current, ticket)
                    .informationProvided(ticket.dueDate());
            case "issue.ticket-answered" -> current -> known(current, ticket).answeredOnTime(ticket.onTime());
            case "issue.ticket-reopened" -> current -> known(current, ticket).reopened(ticket.dueDate());
            case "issue.ticket-closed" -> current -> known(current, ticket).closed(ticket.confirmed(),
                    ticket.satisfaction());
            case "issue.ticket-supervised" -> current -> known(current, ticket).listedForSupervision();
            default -> null;
        };
        return change == null ? null : facts -> facts.ticket(ticket.ticketId(), change);
    }

    /** A ticket's later event may come before its report only if the report was lost: keep what it says. */
    private static TicketFacts known(TicketFacts current, Ticket ticket) {
        return current != null ? current : TicketFacts.reported(ticket.category(), ticket.dueDate());
    }
}

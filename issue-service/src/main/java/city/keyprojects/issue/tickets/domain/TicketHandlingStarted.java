package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The department started on the ticket (办理); its officer is now the handler. */
public record TicketHandlingStarted(String ticketId, String projectId, String department, String handler,
        LocalDate startedOn) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-handling-started";
    }
}

package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The department needs something from the reporter: the ticket's clock stops until it comes. */
public record TicketInformationRequested(String ticketId, String projectId, String department, String question,
        LocalDate requestedOn) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-information-requested";
    }
}

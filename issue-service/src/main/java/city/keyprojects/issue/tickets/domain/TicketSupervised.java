package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The ticket joined the city's supervision list (挂牌督办) and stays on it until it is closed. */
public record TicketSupervised(String ticketId, String projectId, String projectName, TicketCategory category,
        String department, String reason, LocalDate supervisedOn) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-supervised";
    }
}

package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The ticket was handed (交办) to a department and handler, or handed on; {@code previousDepartment} is null the first time. */
public record TicketAssigned(String ticketId, String projectId, TicketCategory category, String department,
        String handler, String previousDepartment, LocalDate assignedOn, LocalDate dueDate) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-assigned";
    }
}

package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The reporter said the problem is not solved: back to the department with a fresh limit, due on {@code dueDate}. */
public record TicketReopened(String ticketId, String projectId, String department, String reason,
        LocalDate reopenedOn, LocalDate dueDate) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-reopened";
    }
}

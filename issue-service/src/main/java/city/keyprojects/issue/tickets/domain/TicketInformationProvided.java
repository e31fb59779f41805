package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The reporter answered the department: the clock runs again and the due date moved by the working days it stood. */
public record TicketInformationProvided(String ticketId, String projectId, String department, LocalDate providedOn,
        int workingDaysPaused, LocalDate dueDate) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-information-provided";
    }
}

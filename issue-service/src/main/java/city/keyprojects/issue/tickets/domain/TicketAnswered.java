package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** The department said what it did (反馈): in how many working days (pauses not counted), and whether on time. */
public record TicketAnswered(String ticketId, String projectId, TicketCategory category, String department,
        LocalDate answeredOn, int workingDaysTaken, int limitWorkingDays, boolean onTime, LocalDate dueDate)
        implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-answered";
    }
}

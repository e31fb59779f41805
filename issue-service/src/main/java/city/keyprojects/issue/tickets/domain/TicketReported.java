package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/** A problem was reported (收集); its clock runs from {@code reportedOn} and is due on {@code dueDate}. */
public record TicketReported(String ticketId, String projectId, String projectName, TicketCategory category,
        Severity severity, String title, TicketSource source, String reporterRole, LocalDate reportedOn,
        int limitWorkingDays, LocalDate dueDate, ApprovalOrigin origin) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-reported";
    }
}

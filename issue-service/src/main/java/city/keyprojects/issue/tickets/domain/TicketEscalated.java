package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * The ticket passed its due date without an answer and reached an escalation level (1 the department's head, 2
 * the responsible leader, 3 the city); published once per level.
 *
 * @param department  the handling department, or null while the ticket waits to be handed to one
 * @param notified    whom the level tells: the department, the responsible leader's name, or the city
 */
public record TicketEscalated(String ticketId, String projectId, String projectName, TicketCategory category,
        String department, int level, TicketEscalation escalatedTo, String notified, LocalDate dueDate,
        int workingDaysOverdue, LocalDate detectedOn) implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-escalated";
    }
}

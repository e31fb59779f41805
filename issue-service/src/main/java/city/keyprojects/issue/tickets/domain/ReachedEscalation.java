package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * An escalation level a ticket reached, whom it told, and when.
 *
 * @param notified  the department code for its head, the responsible leader's name, or the city
 */
public record ReachedEscalation(int level, TicketEscalation escalatedTo, String notified, LocalDate reachedOn,
        int workingDaysOverdue) {
}

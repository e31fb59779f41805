package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * The ticket was closed (销号): {@code confirmed} by the reporter with a {@code satisfaction} from 1 to 5, or not
 * confirmed within the confirmation window (satisfaction null, actor the system).
 */
public record TicketClosed(String ticketId, String projectId, TicketCategory category, String department,
        boolean confirmed, Integer satisfaction, boolean onTime, LocalDate closedOn, boolean supervised)
        implements TicketEvent {

    @Override
    public String type() {
        return "issue.ticket-closed";
    }
}

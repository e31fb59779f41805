package city.keyprojects.issue.tickets.domain;

import java.time.Instant;

/** One line of a ticket's own record: what happened, when, by whom, and what was said. */
public record TicketActivity(String action, Instant at, String by, String note) {
}

package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * How a ticket was closed (销号): confirmed by the reporter with a satisfaction score from 1 to 5, or — after the
 * confirmation window ran out — without confirmation, which is recorded as such and carries no score.
 */
public record Closure(boolean confirmed, Integer satisfaction, String comment, LocalDate closedOn, String closedBy) {
}

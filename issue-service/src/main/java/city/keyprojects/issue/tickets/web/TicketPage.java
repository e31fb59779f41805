package city.keyprojects.issue.tickets.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.issue.tickets.application.FindingTickets;
import city.keyprojects.platform.calendar.WorkingDayCalendar;

/** A page of tickets, soonest due first unless the list says otherwise, with their clocks as of {@code asOf}. */
record TicketPage(LocalDate asOf, List<TicketView> items, int page, int size, long total) {

    static TicketPage of(FindingTickets.Page found, LocalDate asOf, WorkingDayCalendar calendar, int page, int size) {
        return new TicketPage(asOf, found.items().stream().map(stored -> TicketView.of(stored, asOf, calendar))
                .toList(), page, size, found.total());
    }
}

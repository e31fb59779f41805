package city.keyprojects.issue.tickets.application;

import org.springframework.stereotype.Service;

import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/**
 * The city's side of the loop: the key-project centre hands a ticket to a department (交办); the department's
 * officers start on it (办理), ask the reporter for what they need, and answer (反馈).
 */
@Service
public class HandlingTickets {

    private final Tickets tickets;
    private final Departments departments;
    private final WorkingDayCalendar calendar;

    HandlingTickets(Tickets tickets, Departments departments, WorkingDayCalendar calendar) {
        this.tickets = tickets;
        this.departments = departments;
        this.calendar = calendar;
    }

    /** The centre hands the ticket to a department and a handler in it (the access table lets only the centre). */
    public Mono<Stored<Ticket>> assign(String ticketId, long version, String department, String handler,
            CurrentUser user) {
        departments.requireKnown(department);
        return tickets.change(ticketId, version, ticket -> { }, stored -> stored.state().assign(department, handler,
                user.id(), tickets.today(), tickets.now()), user.actor());
    }

    public Mono<Stored<Ticket>> startHandling(String ticketId, long version, CurrentUser user) {
        return tickets.change(ticketId, version, ticket -> requireHandlingDepartment(ticket, user),
                stored -> stored.state().startHandling(user.id(), tickets.today(), tickets.now()), user.actor());
    }

    public Mono<Stored<Ticket>> requestInformation(String ticketId, long version, String question, CurrentUser user) {
        return tickets.change(ticketId, version, ticket -> requireHandlingDepartment(ticket, user),
                stored -> stored.state().requestInformation(question, user.id(), tickets.today(), tickets.now()),
                user.actor());
    }

    public Mono<Stored<Ticket>> answer(String ticketId, long version, String answer, CurrentUser user) {
        return tickets.change(ticketId, version, ticket -> requireHandlingDepartment(ticket, user),
                stored -> stored.state().answer(answer, user.id(), tickets.today(), tickets.now(), calendar),
                user.actor());
    }

    private static void requireHandlingDepartment(Ticket ticket, CurrentUser user) {
        if (!TicketAccessPolicy.handles(user, ticket)) {
            throw new ForbiddenException(ticket.department() == null
                    ? "Ticket " + ticket.ticketId() + " has not been handed to a department yet."
                    : "Ticket " + ticket.ticketId() + " is handled by department " + ticket.department() + " only.");
        }
    }
}

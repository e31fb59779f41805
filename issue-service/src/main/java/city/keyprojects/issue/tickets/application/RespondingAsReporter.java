package city.keyprojects.issue.tickets.application;

import java.util.function.Function;

import org.springframework.stereotype.Service;

import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/**
 * The reporter's side of the loop: providing the information a department asked for, and on an answered ticket
 * confirming it is solved (销号, with a satisfaction score) or reopening it with a reason.
 */
@Service
public class RespondingAsReporter {

    private final Tickets tickets;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;

    RespondingAsReporter(Tickets tickets, KnownProjects projects, WorkingDayCalendar calendar) {
        this.tickets = tickets;
        this.projects = projects;
        this.calendar = calendar;
    }

    public Mono<Stored<Ticket>> provideInformation(String ticketId, long version, String information,
            CurrentUser user) {
        return asReporter(ticketId, version, user, ticket -> ticket.provideInformation(information, user.id(),
                tickets.today(), tickets.now(), calendar));
    }

    public Mono<Stored<Ticket>> confirm(String ticketId, long version, int satisfaction, String comment,
            CurrentUser user) {
        return asReporter(ticketId, version, user, ticket -> ticket.confirm(satisfaction, comment, user.id(),
                tickets.today(), tickets.now()));
    }

    public Mono<Stored<Ticket>> reopen(String ticketId, long version, String reason, CurrentUser user) {
        return asReporter(ticketId, version, user, ticket -> ticket.reopen(reason, user.id(), tickets.today(),
                tickets.now(), calendar));
    }

    private Mono<Stored<Ticket>> asReporter(String ticketId, long version, CurrentUser user,
            Function<Ticket, Ticket.Result> command) {
        return tickets.byId(ticketId).flatMap(found -> projects.byId(found.state().projectId())).flatMap(project ->
                tickets.change(ticketId, version, ticket -> {
                    if (!TicketAccessPolicy.speaksForReporter(user, ticket, project)) {
                        throw new ForbiddenException("Only the reporter of ticket " + ticketId + " answers for it.");
                    }
                }, stored -> command.apply(stored.state()), user.actor()));
    }
}

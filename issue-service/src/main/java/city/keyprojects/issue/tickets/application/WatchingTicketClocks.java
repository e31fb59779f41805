package city.keyprojects.issue.tickets.application;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.issue.projects.application.KnownProject;
import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.issue.tickets.domain.TicketStep;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import reactor.core.publisher.Mono;

/**
 * What the passing of time does to open tickets: escalates the overdue ones level by level (each level once; the
 * ticket records what it reached) and closes answered tickets left unconfirmed too long.
 */
@Service
public class WatchingTicketClocks {

    private static final Logger log = LoggerFactory.getLogger(WatchingTicketClocks.class);

    private final Tickets tickets;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;
    private final TicketSettings settings;

    WatchingTicketClocks(Tickets tickets, KnownProjects projects, WorkingDayCalendar calendar,
            TicketSettings settings) {
        this.tickets = tickets;
        this.projects = projects;
        this.calendar = calendar;
        this.settings = settings;
    }

    /** Applies the passing of time up to {@code today} to every ticket not closed; answers how many events it caused. */
    public Mono<Integer> passTime(LocalDate today) {
        Query open = Query.query(Criteria.where("state.step").ne(TicketStep.CLOSED.name()));
        return tickets.find(open).concatMap(ticket -> {
            AtomicInteger caused = new AtomicInteger();
            return projects.byId(ticket.state().projectId()).map(KnownProject::responsibleLeader)
                    .onErrorReturn("")
                    .flatMap(leader -> tickets.changeAsSystem(ticket.id(), stored -> {
                        var result = stored.state().passTime(today, tickets.now(), calendar,
                                settings.confirmationWindow(), leader.isEmpty() ? null : leader);
                        caused.set(result.events().size());
                        return result;
                    }))
                    .map(changed -> caused.get())
                    .onErrorResume(error -> {
                        // One ticket failing (e.g. a date beyond the calendar) must not stop the others.
                        log.warn("Could not apply the passing of time to ticket {}: {}", ticket.id(), error.toString());
                        return Mono.just(0);
                    });
        }).reduce(0, Integer::sum);
    }
}

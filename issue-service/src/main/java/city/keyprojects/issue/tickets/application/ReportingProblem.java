package city.keyprojects.issue.tickets.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.issue.tickets.domain.ProblemReport;
import city.keyprojects.issue.tickets.domain.Reporter;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/** Reporting a problem on a project (收集): by its owner enterprise, its project officer or the key-project centre. */
@Service
public class ReportingProblem {

    private final Tickets tickets;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;

    ReportingProblem(Tickets tickets, KnownProjects projects, WorkingDayCalendar calendar) {
        this.tickets = tickets;
        this.projects = projects;
        this.calendar = calendar;
    }

    public Mono<Stored<Ticket>> report(String projectId, ProblemReport report, CurrentUser user) {
        return projects.byId(projectId).flatMap(project -> {
            if (!TicketAccessPolicy.mayReport(user, project)) {
                return Mono.error(new ForbiddenException("Problems on project " + projectId + " are reported by its"
                        + " owner enterprise, its project officer or the key-project centre."));
            }
            Reporter reporter = new Reporter(user.id(), user.primaryRole().name(), user.creditCode());
            return Mono.fromCallable(() -> Ticket.report(UUID.randomUUID().toString(), projectId, project.name(),
                    report, reporter, tickets.today(), tickets.now(), calendar))
                    .flatMap(reported -> tickets.create(reported, user.actor()));
        });
    }
}

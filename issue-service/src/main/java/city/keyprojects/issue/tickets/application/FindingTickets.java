package city.keyprojects.issue.tickets.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.issue.projects.application.KnownProject;
import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.issue.tickets.domain.TicketCategory;
import city.keyprojects.issue.tickets.domain.TicketStatistics;
import city.keyprojects.issue.tickets.domain.TicketStep;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Queries: a ticket and its history, the tickets a user may see (filtered, and as a board by step), my tickets, a
 * department's, a project's, the overdue ones, the supervision list, and statistics. Every list is cut down to what
 * the asking user may read before it is filtered further.
 */
@Service
public class FindingTickets {

    private final Tickets tickets;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;

    FindingTickets(Tickets tickets, KnownProjects projects, WorkingDayCalendar calendar) {
        this.tickets = tickets;
        this.projects = projects;
        this.calendar = calendar;
    }

    /** What a list may be narrowed by; null fields do not narrow. */
    public record Filter(TicketStep step, TicketCategory category, String projectId, String department,
            Boolean supervised) {

        public static final Filter NONE = new Filter(null, null, null, null, null);

        /** {@code base} and every condition this filter sets. */
        Criteria narrow(Criteria base) {
            List<Criteria> all = new ArrayList<>(List.of(base));
            if (step != null) {
                all.add(Criteria.where("state.step").is(step.name()));
            }
            if (category != null) {
                all.add(Criteria.where("state.category").is(category.name()));
            }
            if (projectId != null) {
                all.add(Criteria.where("state.projectId").is(projectId));
            }
            if (department != null) {
                all.add(Criteria.where("state.assignment.department").is(department));
            }
            if (supervised != null) {
                all.add(supervised ? Criteria.where("state.supervisedOn").ne(null)
                        : Criteria.where("state.supervisedOn").is(null));
            }
            return new Criteria().andOperator(all);
        }
    }

    public record Page(List<Stored<Ticket>> items, long total) {
    }

    public LocalDate today() {
        return tickets.today();
    }

    public Mono<Stored<Ticket>> byId(String ticketId, CurrentUser user) {
        return tickets.byId(ticketId).flatMap(stored -> projects.byId(stored.state().projectId()).flatMap(project ->
                TicketAccessPolicy.mayRead(user, stored.state(), project) ? Mono.just(stored)
                        : Mono.error(new ForbiddenException("Ticket " + ticketId + " is for the key-project centre,"
                                + " city leaders, its department, its project's officer and owner, and its reporter."))));
    }

    public Flux<EventEnvelope> history(String ticketId, CurrentUser user) {
        return byId(ticketId, user).thenMany(tickets.history(ticketId));
    }

    /** The tickets the user may see, narrowed by {@code filter}, soonest due first. */
    public Mono<Page> visible(CurrentUser user, Filter filter, int page, int size) {
        return visibleTo(user).flatMap(criteria -> page(filter.narrow(criteria), page, size));
    }

    /**
     * My tickets: those I handle, reported (or my enterprise reported), or that are on projects I am the officer or
     * the owner of.
     */
    public Mono<Page> mine(CurrentUser user, Filter filter, int page, int size) {
        return mineCriteria(user).flatMap(criteria -> page(filter.narrow(criteria), page, size));
    }

    /** A department's tickets, for its officers, the centre and city leaders. */
    public Mono<Page> ofDepartment(String department, CurrentUser user, Filter filter, int page, int size) {
        if (!TicketAccessPolicy.mayReadDepartment(user, department)) {
            return Mono.error(new ForbiddenException("Department " + department + "'s tickets are for its officers,"
                    + " the key-project centre and city leaders."));
        }
        Criteria criteria = Criteria.where("state.assignment.department").is(department);
        return page(filter.narrow(criteria), page, size);
    }

    /** A project's tickets, for the centre, city leaders, its officer and owner (departments see their own). */
    public Mono<Page> ofProject(String projectId, CurrentUser user, Filter filter, int page, int size) {
        return projects.byId(projectId).flatMap(project -> {
            Criteria criteria = Criteria.where("state.projectId").is(projectId);
            if (!TicketAccessPolicy.mayReadProject(user, project)) {
                if (!user.has(Role.DEPT_OFFICER) || user.department() == null) {
                    return Mono.error(new ForbiddenException("Project " + projectId + "'s tickets are for the"
                            + " key-project centre, city leaders, its officer and its owner."));
                }
                criteria = new Criteria().andOperator(criteria,
                        Criteria.where("state.assignment.department").is(user.department()));
            }
            return page(filter.narrow(criteria), page, size);
        });
    }

    /** The visible tickets past their due date without an answer, most overdue first. */
    public Mono<Page> overdue(CurrentUser user, Filter filter, int page, int size) {
        LocalDate today = today();
        return visibleTo(user).flatMap(criteria -> tickets.find(Query.query(filter.narrow(new Criteria().andOperator(
                criteria, Criteria.where("state.step").in(awaitingSolution()),
                Criteria.where("state.clock.pausedSince").is(null),
                Criteria.where("state.clock.dueDate").lt(today)))))
                .filter(stored -> stored.state().workingDaysOverdueOn(today, calendar) > 0)
                .sort(Comparator.comparing((Stored<Ticket> stored) -> stored.state().clock().dueDate()))
                .collectList()
                .map(all -> new Page(all.stream().skip((long) page * size).limit(size).toList(), all.size())));
    }

    /** The supervision list (挂牌督办): visible tickets listed for supervision and not yet closed (销号). */
    public Mono<Page> supervised(CurrentUser user, Filter filter, int page, int size) {
        return visibleTo(user).flatMap(criteria -> page(filter.narrow(new Criteria().andOperator(criteria,
                Criteria.where("state.supervisedOn").ne(null),
                Criteria.where("state.step").ne(TicketStep.CLOSED.name()))), page, size));
    }

    /** Every step with its number of visible tickets and the first {@code limit} of them, soonest due first. */
    public Mono<List<BoardColumn>> board(CurrentUser user, Filter filter, int limit) {
        return visibleTo(user).flatMap(criteria -> Flux.fromArray(TicketStep.values()).concatMap(step -> {
            Filter inStep = new Filter(step, filter.category(), filter.projectId(), filter.department(),
                    filter.supervised());
            return page(inStep.narrow(criteria), 0, limit)
                    .map(found -> new BoardColumn(step, found.total(), found.items()));
        }).collectList());
    }

    public record BoardColumn(TicketStep step, long total, List<Stored<Ticket>> tickets) {
    }

    public Mono<TicketStatistics> ofProjectStatistics(String projectId, CurrentUser user) {
        return projects.byId(projectId).flatMap(project -> TicketAccessPolicy.mayReadProject(user, project)
                ? statistics(Criteria.where("state.projectId").is(projectId))
                : Mono.error(new ForbiddenException("Project " + projectId + "'s statistics are for the key-project"
                        + " centre, city leaders, its officer and its owner.")));
    }

    public Mono<TicketStatistics> ofDepartmentStatistics(String department, CurrentUser user) {
        return TicketAccessPolicy.mayReadDepartment(user, department)
                ? statistics(Criteria.where("state.assignment.department").is(department))
                : Mono.error(new ForbiddenException("Department " + department + "'s statistics are for its"
                        + " officers, the key-project centre and city leaders."));
    }

    private Mono<TicketStatistics> statistics(Criteria criteria) {
        return tickets.find(Query.query(criteria)).map(Stored::state).collectList()
                .map(found -> TicketStatistics.of(found, today(), calendar));
    }

    private Mono<Page> page(Criteria criteria, int page, int size) {
        Query query = Query.query(criteria);
        return tickets.count(query).flatMap(total -> tickets.find(Query.query(criteria)
                .skip((long) page * size).limit(size)).collectList().map(items -> new Page(items, total)));
    }

    /** Whom a user may see tickets of, as a query: everything for the centre and leaders, their own for the rest. */
    private Mono<Criteria> visibleTo(CurrentUser user) {
        if (user.hasAny(Role.CITY_ADMIN, Role.LEADER)) {
            return Mono.just(new Criteria());
        }
        Criteria department = user.has(Role.DEPT_OFFICER) && user.department() != null
                ? Criteria.where("state.assignment.department").is(user.department()) : null;
        return own(user, department);
    }

    private Mono<Criteria> mineCriteria(CurrentUser user) {
        return own(user, Criteria.where("state.assignment.handler").is(user.id()));
    }

    /** Reported by the user (or the user's enterprise), on their projects as officer or owner, or {@code also}. */
    private Mono<Criteria> own(CurrentUser user, Criteria also) {
        List<Criteria> own = new ArrayList<>();
        own.add(Criteria.where("state.reporter.userId").is(user.id()).and("state.reporter.role")
                .is(user.primaryRole().name()));
        if (also != null) {
            own.add(also);
        }
        Flux<KnownProject> theirProjects = Flux.empty();
        if (user.has(Role.PROJECT_OFFICER)) {
            theirProjects = projects.ofOfficer(user.id());
        }
        if (user.has(Role.ENTERPRISE) && user.creditCode() != null) {
            own.add(Criteria.where("state.reporter.creditCode").is(user.creditCode()));
            theirProjects = theirProjects.concatWith(projects.ofOwner(user.creditCode()));
        }
        return theirProjects.map(KnownProject::projectId).collectList().map(projectIds -> {
            if (!projectIds.isEmpty()) {
                own.add(Criteria.where("state.projectId").in(projectIds));
            }
            return new Criteria().orOperator(own);
        });
    }

    private static List<String> awaitingSolution() {
        return List.of(TicketStep.REPORTED.name(), TicketStep.ASSIGNED.name(), TicketStep.IN_PROGRESS.name());
    }
}

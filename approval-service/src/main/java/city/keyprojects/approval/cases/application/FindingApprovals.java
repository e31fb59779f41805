package city.keyprojects.approval.cases.application;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalItem;
import city.keyprojects.approval.cases.domain.DepartmentStatistics;
import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Queries: a case, a project's approval progress, a department's queue by due date, the overdue items, and
 * department statistics for a period. Each checks who is asking.
 */
@Service
public class FindingApprovals {

    /** The longest period statistics are computed for at once. */
    public static final int LONGEST_PERIOD_DAYS = 366;

    private final ApprovalCases cases;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;

    FindingApprovals(ApprovalCases cases, KnownProjects projects, WorkingDayCalendar calendar) {
        this.cases = cases;
        this.projects = projects;
        this.calendar = calendar;
    }

    /** An item of a case, read together: one entry of a queue or of the overdue list. */
    public record CaseItem(Stored<ApprovalCase> approvalCase, ApprovalItem item) {
    }

    public record Page<T>(List<T> items, long total) {
    }

    public LocalDate today() {
        return cases.today();
    }

    public Mono<Stored<ApprovalCase>> byId(String caseId, CurrentUser user) {
        return cases.byId(caseId).flatMap(stored -> projects.byId(stored.state().projectId()).flatMap(project ->
                ApprovalAccessPolicy.mayRead(user, stored.state(), project) ? Mono.just(stored)
                        : Mono.error(new ForbiddenException("Case " + caseId + " is for the key-project centre, city"
                                + " leaders, the departments with an item in it, the applicant and its officer."))));
    }

    /** Every event of a case: who did what, when. */
    public Flux<EventEnvelope> history(String caseId, CurrentUser user) {
        return byId(caseId, user).flatMapMany(stored -> cases.history(caseId));
    }

    /** A project's cases, stage by stage (404 while the project is unknown here). */
    public Mono<List<Stored<ApprovalCase>>> progress(String projectId, CurrentUser user) {
        return projects.byId(projectId).flatMap(project -> ApprovalAccessPolicy.mayReadProgress(user, project)
                ? cases.ofProject(projectId).collectList()
                : Mono.error(new ForbiddenException("A project's approvals are for government staff, the project's"
                        + " owner and its officer.")));
    }

    /**
     * A department's undecided items, the one due soonest first (items waiting for the applicant last: their
     * clocks stand still).
     */
    public Mono<Page<CaseItem>> queue(String department, int page, int size, CurrentUser user) {
        requireDepartmentReader(department, user);
        return cases.open(department)
                .flatMapIterable(stored -> stored.state().items().stream()
                        .filter(item -> item.department().equals(department) && !item.state().isFinal())
                        .map(item -> new CaseItem(stored, item)).toList())
                .collectList()
                .map(entries -> page(entries.stream().sorted(Comparator
                        .comparing((CaseItem entry) -> clockOf(entry).paused())
                        .thenComparing(entry -> clockOf(entry).dueDate())
                        .thenComparing(entry -> entry.approvalCase().id())).toList(), page, size));
    }

    /** Items past their limit, the longest overdue first; of one department or, for the city, of all. */
    public Mono<Page<CaseItem>> overdue(String department, int page, int size, CurrentUser user) {
        requireReader(department, user, "The city-wide overdue items");
        LocalDate today = today();
        return cases.open(department)
                .flatMapIterable(stored -> stored.state().items().stream()
                        .filter(item -> department == null || item.department().equals(department))
                        .filter(item -> !item.state().isFinal()
                                && stored.state().clockOf(item).overdueOn(today, calendar))
                        .map(item -> new CaseItem(stored, item)).toList())
                .collectList()
                .map(entries -> page(entries.stream().sorted(Comparator
                        .comparing((CaseItem entry) -> clockOf(entry).dueDate())
                        .thenComparing(entry -> entry.approvalCase().id())).toList(), page, size));
    }

    /** Statistics per department for the days {@code from} to {@code to}; of one department or of all. */
    public Mono<List<DepartmentStatistics>> statistics(String department, LocalDate from, LocalDate to,
            CurrentUser user) {
        requireReader(department, user, "Statistics of every department");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new InvalidInputException("to", "must be on or after from, at most " + LONGEST_PERIOD_DAYS
                    + " days in all");
        }
        return cases.withDepartment(department).map(Stored::state).collectList()
                .map(all -> DepartmentStatistics.of(all, from, to, PlatformAutoConfiguration.CITY_ZONE).stream()
                        .filter(statistics -> department == null || statistics.department().equals(department))
                        .toList());
    }

    /** One department's figures for its readers; all departments' (department null) for the centre and leaders. */
    private static void requireReader(String department, CurrentUser user, String cityWide) {
        if (department != null) {
            requireDepartmentReader(department, user);
        } else if (!user.hasAny(Role.CITY_ADMIN, Role.LEADER)) {
            throw new ForbiddenException(cityWide + " are for the key-project centre and city leaders; a department"
                    + " reads its own (department=" + user.department() + ").");
        }
    }

    private static void requireDepartmentReader(String department, CurrentUser user) {
        if (!ApprovalAccessPolicy.mayReadDepartment(user, department)) {
            throw new ForbiddenException("Department " + department + "'s work is for its own officers, the"
                    + " key-project centre and city leaders.");
        }
    }

    private static WorkingDayClock clockOf(CaseItem entry) {
        return entry.approvalCase().state().clockOf(entry.item());
    }

    private static <T> Page<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        int to = Math.min(from + size, all.size());
        return new Page<>(all.subList(from, to), all.size());
    }
}

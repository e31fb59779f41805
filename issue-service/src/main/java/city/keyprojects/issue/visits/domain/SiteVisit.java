package city.keyprojects.issue.visits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A site visit (走访) or promotion meeting (专题推进会) on one or more projects, with the problems raised and
 * solved there. Logged once, never changed: a record, not a process.
 *
 * @param leader      the user id of the city leader who led it, or null for a department's own visit
 * @param department  the code of the department that visited, or null
 * @param loggedBy    the user id of whoever logged it
 */
public record SiteVisit(String visitId, VisitKind kind, List<String> projectIds, LocalDate date, String leader,
        String department, List<String> participants, String summary, List<VisitProblem> problemsRaised,
        List<VisitProblem> problemsSolved, String loggedBy, Instant loggedAt) {

    public SiteVisit {
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
        projectIds = List.copyOf(projectIds);
        participants = participants == null ? List.of() : List.copyOf(participants);
        problemsRaised = problemsRaised == null ? List.of() : List.copyOf(problemsRaised);
        problemsSolved = problemsSolved == null ? List.of() : List.copyOf(problemsSolved);
        if (projectIds.isEmpty() || projectIds.size() > VisitRules.MAX_PROJECTS) {
            throw new IllegalArgumentException("a visit is on 1 to " + VisitRules.MAX_PROJECTS + " projects");
        }
    }

    /** The visit and the one event that logging it publishes. */
    public record Result(SiteVisit visit, List<VisitEvent> events) {
    }

    /**
     * Logs a visit as reported.
     *
     * @param today  today in the city
     * @param now    the moment it is logged
     */
    public static Result log(String visitId, VisitReport report, String loggedBy, LocalDate today, Instant now) {
        VisitRules.requireDistinctProjects(report.projectIds());
        VisitRules.requireLeaderOrDepartment(report.leader(), report.department());
        VisitRules.requireDateNotInFuture(report.date(), today);
        VisitRules.requireDateWithinAYear(report.date(), today);
        SiteVisit visit = new SiteVisit(visitId, report.kind(), report.projectIds(), report.date(), report.leader(),
                report.department(), report.participants(), report.summary(), report.problemsRaised(),
                report.problemsSolved(), loggedBy, now);
        return new Result(visit, List.of(new VisitLogged(visitId, visit.kind(), visit.projectIds(), visit.date(),
                visit.leader(), visit.department(), visit.participants(), visit.summary(), visit.problemsRaised(),
                visit.problemsSolved(), now)));
    }
}

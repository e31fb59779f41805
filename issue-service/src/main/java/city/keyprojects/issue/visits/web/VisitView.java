package city.keyprojects.issue.visits.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import city.keyprojects.issue.visits.domain.SiteVisit;
import city.keyprojects.issue.visits.domain.VisitKind;
import city.keyprojects.issue.visits.domain.VisitProblem;
import city.keyprojects.platform.outbox.Stored;

/** A logged visit as the API shows it. */
public record VisitView(String visitId, VisitKind kind, List<String> projectIds, LocalDate date, String leader,
        String department, List<String> participants, String summary, List<VisitProblem> problemsRaised,
        List<VisitProblem> problemsSolved, String loggedBy, Instant loggedAt) {

    static VisitView of(Stored<SiteVisit> stored) {
        SiteVisit v = stored.state();
        return new VisitView(v.visitId(), v.kind(), v.projectIds(), v.date(), v.leader(), v.department(),
                v.participants(), v.summary(), v.problemsRaised(), v.problemsSolved(), v.loggedBy(), v.loggedAt());
    }
}

package city.keyprojects.issue.visits.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A site visit or promotion meeting was logged. Keyed by the first of its projects; who logged it is the
 * envelope's actor.
 */
public record VisitLogged(String visitId, VisitKind kind, List<String> projectIds, LocalDate date, String leader,
        String department, List<String> participants, String summary, List<VisitProblem> problemsRaised,
        List<VisitProblem> problemsSolved, Instant loggedAt) implements VisitEvent {

    @Override
    public String type() {
        return "issue.visit-logged";
    }

    @Override
    public String subject() {
        return projectIds.get(0);
    }
}

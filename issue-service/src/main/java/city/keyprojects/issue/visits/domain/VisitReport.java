package city.keyprojects.issue.visits.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as the logger states it: whatever the server owns (id, who logged it, when) is not part of it.
 *
 * @param leader      the city leader who led it, or null for a department's own visit
 * @param department  the code of the department that visited, or null
 */
public record VisitReport(VisitKind kind, List<String> projectIds, LocalDate date, String leader, String department,
        List<String> participants, String summary, List<VisitProblem> problemsRaised,
        List<VisitProblem> problemsSolved) {

    public VisitReport {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
        participants = participants == null ? List.of() : List.copyOf(participants);
        problemsRaised = problemsRaised == null ? List.of() : List.copyOf(problemsRaised);
        problemsSolved = problemsSolved == null ? List.of() : List.copyOf(problemsSolved);
    }

    /** The same report, led by {@code leaderId} and made by {@code departmentCode}. */
    public VisitReport ledBy(String leaderId, String departmentCode) {
        return new VisitReport(kind, projectIds, date, leaderId, departmentCode, participants, summary,
                problemsRaised, problemsSolved);
    }
}

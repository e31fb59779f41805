package city.keyprojects.issue.visits.domain;

/**
 * A problem raised or solved at a visit.
 *
 * @param description  what the problem is (or how it was solved), at most {@value VisitRules#MAX_PROBLEM_LENGTH}
 *                     characters
 * @param ticketId     the problem ticket it was filed as or closes, when there is one
 */
public record VisitProblem(String description, String ticketId) {
}

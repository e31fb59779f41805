package city.keyprojects.issue.visits.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * The rules of site visits: each refusal of a well-formed visit names its rule (409 {@code rule-violation}); a
 * visit that does not say enough is a 400 naming the field. Who may log whose visit is
 * {@code VisitAccessPolicy}'s business.
 */
public final class VisitRules {

    public static final String VISIT_DATE_NOT_IN_FUTURE = "visit-date-not-in-future";
    public static final String VISIT_DATE_WITHIN_A_YEAR = "visit-date-within-a-year";

    public static final int MAX_PROJECTS = 20;
    public static final int MAX_PARTICIPANTS = 50;
    public static final int MAX_NAME_LENGTH = 50;
    public static final int MAX_SUMMARY_LENGTH = 2000;
    public static final int MAX_PROBLEMS = 50;
    public static final int MAX_PROBLEM_LENGTH = 500;
    /** Project ids and user ids (leaders) as the other services issue them. */
    public static final int MAX_ID_LENGTH = 100;
    public static final String DEPARTMENT = "[a-z][a-z0-9]{1,15}";
    public static final String TICKET_ID = "[A-Za-z0-9-]{1,100}";
    /** A city leader is expected to visit the sites at least twice a month (promotion meetings not counted). */
    public static final int EXPECTED_SITE_VISITS_PER_MONTH = 2;

    private VisitRules() {
    }

    /** Only what happened is logged: the visit's day is today (in the city) or earlier. */
    public static void requireDateNotInFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolationException(VISIT_DATE_NOT_IN_FUTURE,
                    "The visit's date " + date + " is after today (" + today + ").");
        }
    }

    /** Visits are logged while they are fresh: not more than a year back, which also keeps out typing errors. */
    public static void requireDateWithinAYear(LocalDate date, LocalDate today) {
        LocalDate earliest = today.minusYears(1);
        if (date.isBefore(earliest)) {
            throw new RuleViolationException(VISIT_DATE_WITHIN_A_YEAR,
                    "The visit's date " + date + " is more than a year back (earliest " + earliest + ").");
        }
    }

    /** A visit names each of its projects once. */
    public static void requireDistinctProjects(List<String> projectIds) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < projectIds.size(); i++) {
            if (!seen.add(projectIds.get(i))) {
                throw new InvalidInputException("projectIds[" + i + "]",
                        "names project " + projectIds.get(i) + " a second time");
            }
        }
    }

    /** A visit is someone's: led by a city leader, made by a department, or both. */
    public static void requireLeaderOrDepartment(String leader, String department) {
        if (leader == null && department == null) {
            throw new InvalidInputException("leader",
                    "name the leader who led the visit, the department that made it, or both");
        }
    }

    /** Whether a leader's site visits in a month meet the expectation. */
    public static boolean meetsExpectation(int siteVisits) {
        return siteVisits >= EXPECTED_SITE_VISITS_PER_MONTH;
    }
}

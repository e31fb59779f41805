package city.keyprojects.issue.visits.domain;

import java.time.YearMonth;
import java.util.Collection;

/**
 * What one city leader led in one month: site visits (which count toward the expectation), promotion meetings
 * (counted apart), and the problems raised and solved at either.
 */
public record LeaderMonth(String leader, YearMonth month, int visits, int promotionMeetings, int problemsRaised,
        int problemsSolved, int expected, boolean meetsExpectation) {

    /** Counts those of {@code visits} that {@code leader} led in {@code month}; others are ignored. */
    public static LeaderMonth of(String leader, YearMonth month, Collection<SiteVisit> visits) {
        int siteVisits = 0;
        int meetings = 0;
        int raised = 0;
        int solved = 0;
        for (SiteVisit visit : visits) {
            if (!leader.equals(visit.leader()) || !YearMonth.from(visit.date()).equals(month)) {
                continue;
            }
            if (visit.kind() == VisitKind.SITE_VISIT) {
                siteVisits++;
            } else {
                meetings++;
            }
            raised += visit.problemsRaised().size();
            solved += visit.problemsSolved().size();
        }
        return new LeaderMonth(leader, month, siteVisits, meetings, raised, solved,
                VisitRules.EXPECTED_SITE_VISITS_PER_MONTH, VisitRules.meetsExpectation(siteVisits));
    }
}

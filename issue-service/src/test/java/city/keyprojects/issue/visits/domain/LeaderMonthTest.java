package city.keyprojects.issue.visits.domain;

import static city.keyprojects.issue.visits.domain.VisitStory.TODAY;
import static city.keyprojects.issue.visits.domain.VisitStory.logged;
import static city.keyprojects.issue.visits.domain.VisitStory.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class LeaderMonthTest {

    private static final YearMonth MARCH = YearMonth.from(TODAY);

    @Test
    void two_site_visits_in_a_month_meet_the_expectation() {
        LeaderMonth month = LeaderMonth.of("leader-wang", MARCH, List.of(
                logged(report(VisitKind.SITE_VISIT, "leader-wang", MARCH.atDay(2))),
                logged(report(VisitKind.SITE_VISIT, "leader-wang", MARCH.atDay(16)))));

        assertThat(month.visits()).isEqualTo(2);
        assertThat(month.expected()).isEqualTo(2);
        assertThat(month.meetsExpectation()).isTrue();
    }

    @Test
    void one_site_visit_and_a_promotion_meeting_fall_short_of_the_expectation() {
        LeaderMonth month = LeaderMonth.of("leader-wang", MARCH, List.of(
                logged(report(VisitKind.SITE_VISIT, "leader-wang", MARCH.atDay(2))),
                logged(report(VisitKind.PROMOTION_MEETING, "leader-wang", MARCH.atDay(3)))));

        assertThat(month.visits()).isEqualTo(1);
        assertThat(month.promotionMeetings()).isEqualTo(1);
        assertThat(month.meetsExpectation()).isFalse();
    }

    @Test
    void problems_raised_and_solved_at_visits_and_meetings_are_added_up() {
        LeaderMonth month = LeaderMonth.of("leader-wang", MARCH, List.of(
                logged(report(VisitKind.SITE_VISIT, "leader-wang", MARCH.atDay(2))),
                logged(report(VisitKind.PROMOTION_MEETING, "leader-wang", MARCH.atDay(3)))));

        // The story's report raises one problem and solves one.
        assertThat(month.problemsRaised()).isEqualTo(2);
        assertThat(month.problemsSolved()).isEqualTo(2);
    }

    @Test
    void visits_of_other_leaders_other_months_or_no_leader_are_not_counted() {
        LeaderMonth month = LeaderMonth.of("leader-wang", MARCH, List.of(
                logged(report(VisitKind.SITE_VISIT, "leader-li", MARCH.atDay(2))),
                logged(report(VisitKind.SITE_VISIT, "leader-wang", MARCH.minusMonths(1).atDay(27))),
                logged(report().ledBy(null, "zjj"))));

        assertThat(month).isEqualTo(new LeaderMonth("leader-wang", MARCH, 0, 0, 0, 0, 2, false));
    }
}

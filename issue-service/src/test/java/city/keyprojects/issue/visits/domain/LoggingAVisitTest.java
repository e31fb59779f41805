package city.keyprojects.issue.visits.domain;

import static city.keyprojects.issue.visits.domain.VisitStory.NOW;
import static city.keyprojects.issue.visits.domain.VisitStory.TODAY;
import static city.keyprojects.issue.visits.domain.VisitStory.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

class LoggingAVisitTest {

    @Test
    void a_logged_visit_keeps_the_report_and_who_logged_it_when() {
        VisitReport report = report();

        SiteVisit visit = SiteVisit.log("V-1", report, "centre", TODAY, NOW).visit();

        assertThat(visit.visitId()).isEqualTo("V-1");
        assertThat(visit.kind()).isEqualTo(VisitKind.SITE_VISIT);
        assertThat(visit.projectIds()).containsExactly("P-1", "P-2");
        assertThat(visit.date()).isEqualTo(TODAY.minusDays(1));
        assertThat(visit.leader()).isEqualTo("leader-wang");
        assertThat(visit.department()).isNull();
        assertThat(visit.participants()).isEqualTo(report.participants());
        assertThat(visit.summary()).isEqualTo(report.summary());
        assertThat(visit.problemsRaised()).isEqualTo(report.problemsRaised());
        assertThat(visit.problemsSolved()).isEqualTo(report.problemsSolved());
        assertThat(visit.loggedBy()).isEqualTo("centre");
        assertThat(visit.loggedAt()).isEqualTo(NOW);
    }

    @Test
    void logging_publishes_one_visit_logged_event_about_the_first_project() {
        SiteVisit.Result result = SiteVisit.log("V-1", report(), "centre", TODAY, NOW);

        assertThat(result.events()).singleElement().isInstanceOfSatisfying(VisitLogged.class, logged -> {
            assertThat(logged.type()).isEqualTo("issue.visit-logged");
            assertThat(logged.subject()).isEqualTo("P-1");
            assertThat(logged.visitId()).isEqualTo("V-1");
            assertThat(logged.projectIds()).containsExactly("P-1", "P-2");
            assertThat(logged.date()).isEqualTo(result.visit().date());
            assertThat(logged.leader()).isEqualTo("leader-wang");
            assertThat(logged.problemsRaised()).isEqualTo(result.visit().problemsRaised());
            assertThat(logged.problemsSolved()).isEqualTo(result.visit().problemsSolved());
            assertThat(logged.loggedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void a_visit_logged_on_its_own_day_or_a_year_back_is_accepted() {
        assertThat(SiteVisit.log("V-1", at(TODAY), "centre", TODAY, NOW).visit().date()).isEqualTo(TODAY);
        assertThat(SiteVisit.log("V-2", at(TODAY.minusYears(1)), "centre", TODAY, NOW).visit().date())
                .isEqualTo(TODAY.minusYears(1));
    }

    @Test
    void a_visit_dated_tomorrow_is_refused() {
        assertThatThrownBy(() -> SiteVisit.log("V-1", at(TODAY.plusDays(1)), "centre", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(VisitRules.VISIT_DATE_NOT_IN_FUTURE));
    }

    @Test
    void a_visit_more_than_a_year_back_is_refused() {
        assertThatThrownBy(() -> SiteVisit.log("V-1", at(TODAY.minusYears(1).minusDays(1)), "centre", TODAY, NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(VisitRules.VISIT_DATE_WITHIN_A_YEAR));
    }

    @Test
    void a_visit_naming_a_project_twice_is_refused_naming_the_second_mention() {
        VisitReport twice = withProjects(List.of("P-1", "P-2", "P-1"));

        assertThatThrownBy(() -> SiteVisit.log("V-1", twice, "centre", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("projectIds[2]"));
    }

    @Test
    void a_visit_neither_led_by_a_leader_nor_made_by_a_department_is_refused() {
        VisitReport nobodys = report().ledBy(null, null);

        assertThatThrownBy(() -> SiteVisit.log("V-1", nobodys, "centre", TODAY, NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("leader"));
    }

    @Test
    void a_departments_own_visit_needs_no_leader() {
        SiteVisit visit = SiteVisit.log("V-1", report().ledBy(null, "zjj"), "zjj-officer", TODAY, NOW).visit();

        assertThat(visit.leader()).isNull();
        assertThat(visit.department()).isEqualTo("zjj");
    }

    @Test
    void a_visit_on_no_project_or_more_than_twenty_cannot_exist() {
        assertThatThrownBy(() -> SiteVisit.log("V-1", withProjects(List.of()), "centre", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        List<String> many = java.util.stream.IntStream.rangeClosed(1, VisitRules.MAX_PROJECTS + 1)
                .mapToObj(i -> "P-" + i).toList();
        assertThatThrownBy(() -> SiteVisit.log("V-1", withProjects(many), "centre", TODAY, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static VisitReport at(java.time.LocalDate date) {
        return VisitStory.report(VisitKind.SITE_VISIT, "leader-wang", date);
    }

    private static VisitReport withProjects(List<String> projectIds) {
        VisitReport r = report();
        return new VisitReport(r.kind(), projectIds, r.date(), r.leader(), r.department(), r.participants(),
                r.summary(), r.problemsRaised(), r.problemsSolved());
    }
}

package city.keyprojects.issue.visits.web;

import static city.keyprojects.issue.visits.web.VisitApi.VISITS;
import static city.keyprojects.issue.visits.web.VisitApi.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/** The visit queries: one visit, filtered pages, and each leader's monthly counts against the expectation. */
class VisitQueriesIntegrationTest extends UsingTheVisitApi {

    /** Last month: its first days are always in the past and within a year. */
    private static final YearMonth LAST_MONTH = YearMonth.from(VisitApi.today()).minusMonths(1);

    @Test
    void two_site_visits_in_a_month_meet_the_expectation_and_one_does_not() {
        String projectId = api.knownProject();
        CurrentUser diligent = VisitApi.freshLeader();
        CurrentUser rare = VisitApi.freshLeader();
        api.logged(diligent, visitOn(projectId, LAST_MONTH.atDay(1)));
        api.logged(diligent, visitOn(projectId, LAST_MONTH.atDay(2)));
        // A promotion meeting the centre logs for the leader is counted, but apart.
        api.logged(TestIdentity.CENTRE, visit(List.of(projectId), "kind", "PROMOTION_MEETING", "leader", diligent.id(),
                "date", LAST_MONTH.atDay(3).toString()));
        api.logged(rare, visitOn(projectId, LAST_MONTH.atDay(2)));
        api.logged(TestIdentity.CENTRE, visit(List.of(projectId), "kind", "PROMOTION_MEETING", "leader", rare.id(),
                "date", LAST_MONTH.atDay(4).toString()));

        JsonNode leaders = api.read(VISITS + "/leaders?month={month}", LAST_MONTH.toString());

        assertThat(leaders.get("month").asString()).isEqualTo(LAST_MONTH.toString());
        JsonNode first = leader(leaders, diligent.id());
        assertThat(first.get("visits").asInt()).isEqualTo(2);
        assertThat(first.get("promotionMeetings").asInt()).isEqualTo(1);
        assertThat(first.get("problemsRaised").asInt()).isEqualTo(3);
        assertThat(first.get("problemsSolved").asInt()).isEqualTo(3);
        assertThat(first.get("expected").asInt()).isEqualTo(2);
        assertThat(first.get("meetsExpectation").asBoolean()).isTrue();
        JsonNode second = leader(leaders, rare.id());
        assertThat(second.get("visits").asInt()).isEqualTo(1);
        assertThat(second.get("promotionMeetings").asInt()).isEqualTo(1);
        assertThat(second.get("meetsExpectation").asBoolean()).isFalse();
        List<String> ids = new ArrayList<>();
        leaders.get("leaders").forEach(each -> ids.add(each.get("leader").asString()));
        assertThat(ids).isSorted().doesNotContainNull();

        // The leader's year: the month with the visits, and eleven others.
        JsonNode year = api.read(VISITS + "/leaders/{leader}?year={year}", diligent.id(), LAST_MONTH.getYear());
        assertThat(year.get("leader").asString()).isEqualTo(diligent.id());
        assertThat(year.get("year").asInt()).isEqualTo(LAST_MONTH.getYear());
        assertThat(year.get("months")).hasSize(12);
        for (JsonNode month : year.get("months")) {
            boolean thatMonth = month.get("month").asString().equals(LAST_MONTH.toString());
            assertThat(month.get("visits").asInt()).as(month.toString()).isEqualTo(thatMonth ? 2 : 0);
            assertThat(month.get("meetsExpectation").asBoolean()).as(month.toString()).isEqualTo(thatMonth);
        }
        assertThat(year.get("months").get(0).get("month").asString()).isEqualTo(LAST_MONTH.getYear() + "-01");
    }

    @Test
    void the_leaders_of_this_month_are_listed_by_default_and_a_department_visit_has_no_leader_to_count() {
        String projectId = api.knownProject();
        CurrentUser leader = VisitApi.freshLeader();
        api.logged(leader, visitOn(projectId, VisitApi.today()));
        api.logged(TestIdentity.ZRJ_OFFICER, visitOn(projectId, VisitApi.today()));

        JsonNode leaders = api.read(VISITS + "/leaders");

        assertThat(leaders.get("month").asString()).isEqualTo(YearMonth.from(VisitApi.today()).toString());
        assertThat(leader(leaders, leader.id()).get("visits").asInt()).isEqualTo(1);
        JsonNode thisYear = api.read(VISITS + "/leaders/{leader}", leader.id());
        assertThat(thisYear.get("year").asInt()).isEqualTo(VisitApi.today().getYear());
    }

    @Test
    void visits_are_listed_latest_first_filtered_and_paged() {
        String projectId = api.knownProject();
        CurrentUser leader = VisitApi.freshLeader();
        String oldest = id(api.logged(leader, visitOn(projectId, LAST_MONTH.atDay(1))));
        String latest = id(api.logged(TestIdentity.ZJJ_OFFICER, visitOn(projectId, VisitApi.today())));
        String middle = id(api.logged(leader, visitOn(projectId, LAST_MONTH.atDay(5))));

        JsonNode all = api.read(VISITS + "?projectId={id}", projectId);
        assertThat(all.get("items")).extracting(VisitQueriesIntegrationTest::id)
                .containsExactly(latest, middle, oldest);
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("size").asInt()).isEqualTo(20);

        JsonNode firstPage = api.read(VISITS + "?projectId={id}&size=2", projectId);
        assertThat(firstPage.get("items")).extracting(VisitQueriesIntegrationTest::id).containsExactly(latest, middle);
        assertThat(firstPage.get("total").asLong()).isEqualTo(3);
        JsonNode secondPage = api.read(VISITS + "?projectId={id}&size=2&page=1", projectId);
        assertThat(secondPage.get("items")).extracting(VisitQueriesIntegrationTest::id).containsExactly(oldest);

        assertThat(api.read(VISITS + "?projectId={id}&leader={leader}", projectId, leader.id()).get("items"))
                .extracting(VisitQueriesIntegrationTest::id).containsExactly(middle, oldest);
        assertThat(api.read(VISITS + "?projectId={id}&department=zjj", projectId).get("items"))
                .extracting(VisitQueriesIntegrationTest::id).containsExactly(latest);
        assertThat(api.read(VISITS + "?leader={leader}&month={month}", leader.id(), LAST_MONTH.toString())
                .get("items")).extracting(VisitQueriesIntegrationTest::id).containsExactly(middle, oldest);
        assertThat(api.read(VISITS + "?leader={leader}&month={month}", leader.id(),
                YearMonth.from(VisitApi.today()).toString()).get("total").asLong()).isZero();
    }

    @Test
    void pages_are_capped_at_a_hundred_and_bad_parameters_are_400_problems() {
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "?size=101"))).containsExactly("size");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "?size=0"))).containsExactly("size");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "?page=-1"))).containsExactly("page");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "?month=2026-13"))).containsExactly("month");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "?department=ZJJ;drop")))
                .containsExactly("department");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "/leaders?month=last")))
                .containsExactly("month");
        assertThat(api.invalidFields(api.get(TestIdentity.CENTRE, VISITS + "/leaders/leader?year=1999")))
                .containsExactly("year");
        api.problem(api.get(TestIdentity.CENTRE, VISITS + "?size=many"), 400, "unreadable-request");
        api.problem(api.get(TestIdentity.CENTRE, VISITS + "/leaders/leader?year=soon"), 400, "unreadable-request");
        assertThat(api.read(VISITS + "?size=100").get("items").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void an_unknown_visit_is_a_404_problem() {
        api.problem(api.get(TestIdentity.CENTRE, VISITS + "/{id}", "never-logged"), 404, "not-found");
    }

    @Test
    void government_staff_read_visits_and_enterprises_do_not() {
        String projectId = api.knownProject();
        String visitId = id(api.logged(VisitApi.freshLeader(), visitOn(projectId, VisitApi.today())));

        for (CurrentUser user : List.of(TestIdentity.OFFICER, TestIdentity.ZRJ_OFFICER, TestIdentity.LEADER)) {
            api.get(user, VISITS + "/{id}", visitId).expectStatus().isOk();
            api.get(user, VISITS + "?projectId={id}", projectId).expectStatus().isOk();
        }
        api.problem(api.get(TestIdentity.ENTERPRISE, VISITS + "/{id}", visitId), 403, "role-not-allowed");
        api.problem(api.get(TestIdentity.ENTERPRISE, VISITS + "/leaders"), 403, "role-not-allowed");
        client.get().uri(VISITS + "/{id}", visitId).exchange().expectStatus().isUnauthorized();
    }

    private static java.util.Map<String, Object> visitOn(String projectId, LocalDate date) {
        return visit(List.of(projectId), "date", date.toString());
    }

    private static String id(JsonNode visit) {
        return visit.get("visitId").asString();
    }

    private static JsonNode leader(JsonNode leaders, String leader) {
        for (JsonNode each : leaders.get("leaders")) {
            if (each.get("leader").asString().equals(leader)) {
                return each;
            }
        }
        throw new AssertionError("No leader " + leader + " in " + leaders);
    }
}

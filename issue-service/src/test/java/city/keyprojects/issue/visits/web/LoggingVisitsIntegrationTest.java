package city.keyprojects.issue.visits.web;

import static city.keyprojects.issue.visits.web.VisitApi.VISITS;
import static city.keyprojects.issue.visits.web.VisitApi.visit;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import city.keyprojects.issue.visits.domain.VisitRules;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/** POST /api/issues/visits: who logs whose visits, what is stored and published, and what is refused. */
class LoggingVisitsIntegrationTest extends UsingTheVisitApi {

    @Test
    void a_leader_logs_their_own_site_visit_and_it_is_published_with_the_leader_as_actor() {
        String projectId = api.knownProject();
        CurrentUser leader = VisitApi.freshLeader();

        var response = api.log(leader, visit(List.of(projectId))).expectStatus().isCreated();
        JsonNode logged = api.body(response);
        String visitId = logged.get("visitId").asString();
        response.expectHeader().valueEquals("Location", VISITS + "/" + visitId);

        assertThat(logged.get("kind").asString()).isEqualTo("SITE_VISIT");
        assertThat(logged.get("leader").asString()).isEqualTo(leader.id());
        assertThat(logged.get("department").isNull()).isTrue();
        assertThat(logged.get("date").asString()).isEqualTo(VisitApi.today().minusDays(1).toString());
        assertThat(logged.get("loggedBy").asString()).isEqualTo(leader.id());
        assertThat(logged.get("problemsSolved").get(0).get("ticketId").asString()).isEqualTo("T-2026-0007");
        // What was answered is what was stored.
        assertThat(api.read(VISITS + "/{id}", visitId)).isEqualTo(logged);

        EventEnvelope event = api.exactlyEvents(projectId, PublishedEvents.ofType("issue.visit-logged"), 1).get(0);
        assertThat(event.source()).isEqualTo("/issue-service");
        assertThat(event.aggregateid()).isEqualTo(visitId);
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.actorid()).isEqualTo(leader.id());
        assertThat(event.actorrole()).isEqualTo("LEADER");
        assertThat(event.data().get("visitId").asString()).isEqualTo(visitId);
        assertThat(event.data().get("leader").asString()).isEqualTo(leader.id());
        assertThat(event.data().get("projectIds").get(0).asString()).isEqualTo(projectId);
        assertThat(event.data().get("problemsRaised").get(0).get("description").asString())
                .isEqualTo("施工道路未打通");
        assertThat(event.data().get("loggedAt").asString()).isEqualTo(logged.get("loggedAt").asString());
        assertThat(event.data().has("type")).isFalse();
    }

    @Test
    void a_department_officer_logs_the_departments_visit_naming_the_leader_who_came_along() {
        String projectId = api.knownProject();

        JsonNode logged = api.logged(TestIdentity.ZJJ_OFFICER, visit(List.of(projectId), "leader", "leader-li"));

        assertThat(logged.get("department").asString()).isEqualTo("zjj");
        assertThat(logged.get("leader").asString()).isEqualTo("leader-li");
        EventEnvelope event = api.events(projectId, PublishedEvents.ofType("issue.visit-logged"), 1).get(0);
        assertThat(event.actorid()).isEqualTo(TestIdentity.ZJJ_OFFICER.id());
        assertThat(event.actorrole()).isEqualTo("DEPT_OFFICER");
        assertThat(event.data().get("department").asString()).isEqualTo("zjj");
    }

    @Test
    void the_centre_logs_a_promotion_meeting_on_several_projects_published_once_about_the_first() {
        String first = api.knownProject();
        String second = api.knownProject();

        JsonNode logged = api.logged(TestIdentity.CENTRE, visit(List.of(first, second), "kind", "PROMOTION_MEETING",
                "leader", "leader-zhang", "department", "fgw"));

        assertThat(logged.get("kind").asString()).isEqualTo("PROMOTION_MEETING");
        assertThat(logged.get("leader").asString()).isEqualTo("leader-zhang");
        assertThat(logged.get("department").asString()).isEqualTo("fgw");
        assertThat(logged.get("loggedBy").asString()).isEqualTo(TestIdentity.CENTRE.id());
        EventEnvelope event = api.exactlyEvents(first, PublishedEvents.ofType("issue.visit-logged"), 1).get(0);
        assertThat(event.actorrole()).isEqualTo("CITY_ADMIN");
        assertThat(event.data().get("projectIds")).extracting(JsonNode::asString).containsExactly(first, second);
        // Both projects find it.
        assertThat(api.read(VISITS + "?projectId={id}", second).get("items").get(0).get("visitId"))
                .isEqualTo(logged.get("visitId"));
    }

    @Test
    void a_leader_or_department_logging_for_another_is_forbidden_and_nothing_is_stored() {
        String projectId = api.knownProject();

        api.problem(api.log(VisitApi.freshLeader(), visit(List.of(projectId), "leader", "leader-li")), 403,
                "forbidden");
        api.problem(api.log(TestIdentity.ZJJ_OFFICER, visit(List.of(projectId), "department", "zrj")), 403,
                "forbidden");
        // The centre must say whose visit it was.
        assertThat(api.invalidFields(api.log(TestIdentity.CENTRE, visit(List.of(projectId)))))
                .containsExactly("leader");

        api.expectNothingStored(projectId);
    }

    @Test
    void project_officers_enterprises_and_anonymous_visitors_log_no_visits() {
        String projectId = api.knownProject();

        for (CurrentUser user : List.of(TestIdentity.OFFICER, TestIdentity.ENTERPRISE)) {
            api.problem(api.log(user, visit(List.of(projectId))), 403, "role-not-allowed");
        }
        client.post().uri(VISITS).contentType(MediaType.APPLICATION_JSON).bodyValue(visit(List.of(projectId)))
                .exchange().expectStatus().isUnauthorized();

        api.expectNothingStored(projectId);
    }

    @Test
    void a_visit_on_an_unknown_project_is_a_404_and_nothing_is_stored() {
        String projectId = api.knownProject();

        api.problem(api.log(VisitApi.freshLeader(), visit(List.of(projectId, "never-registered-" + System.nanoTime()))),
                404, "not-found");

        api.expectNothingStored(projectId);
    }

    @Test
    void a_visit_in_the_future_or_more_than_a_year_back_breaks_a_named_rule() {
        String projectId = api.knownProject();
        CurrentUser leader = VisitApi.freshLeader();

        api.ruleViolation(api.log(leader, visit(List.of(projectId), "date", VisitApi.today().plusDays(1).toString())),
                VisitRules.VISIT_DATE_NOT_IN_FUTURE);
        api.ruleViolation(api.log(leader, visit(List.of(projectId), "date", "9999-12-31")),
                VisitRules.VISIT_DATE_NOT_IN_FUTURE);
        api.ruleViolation(api.log(leader, visit(List.of(projectId), "date",
                VisitApi.today().minusYears(1).minusDays(1).toString())), VisitRules.VISIT_DATE_WITHIN_A_YEAR);

        api.expectNothingStored(projectId);
    }

    @Test
    void malformed_or_invalid_visits_are_400_problems_and_nothing_is_stored() {
        String projectId = api.knownProject();
        CurrentUser leader = VisitApi.freshLeader();
        String valid = json.writeValueAsString(visit(List.of(projectId)));

        // Not JSON, not an object, unknown or lower-case kinds, a number for a text, an impossible date, fields the
        // server owns, a property it does not know.
        for (String body : List.of(valid.substring(0, valid.length() / 2), "[]",
                valid.replace("\"SITE_VISIT\"", "\"INSPECTION\""), valid.replace("\"SITE_VISIT\"", "\"site_visit\""),
                valid.replace("\"SITE_VISIT\"", "1"),
                valid.replace("\"summary\":\"", "\"summary\":42,\"x\":\""),
                valid.replace("\"date\":\"" + VisitApi.today().minusDays(1), "\"date\":\"2026-13-45"),
                valid.replace("{\"kind\"", "{\"visitId\":\"mine\",\"kind\""),
                valid.replace("{\"kind\"", "{\"loggedBy\":\"someone\",\"kind\""),
                valid.replace("{\"kind\"", "{\"loggedAt\":\"2026-01-01T00:00:00Z\",\"kind\""),
                valid.replace("{\"kind\"", "{\"importance\":\"HIGH\",\"kind\""))) {
            JsonNode problem = api.body(api.as(leader).post().uri(VISITS).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange().expectStatus().isBadRequest());
            assertThat(problem.get("type").asString()).as(body).isIn(VisitApi.PROBLEMS + "unreadable-request",
                    VisitApi.PROBLEMS + "validation");
        }

        assertThat(invalid(leader, projectId, "kind", null)).containsExactly("kind");
        assertThat(invalid(leader, projectId, "date", null)).containsExactly("date");
        assertThat(invalid(leader, projectId, "summary", null)).containsExactly("summary");
        assertThat(invalid(leader, projectId, "summary", "   ")).containsExactly("summary");
        assertThat(invalid(leader, projectId, "summary", "进".repeat(2001))).containsExactly("summary");
        assertThat(invalid(leader, projectId, "projectIds", List.of())).containsExactly("projectIds");
        assertThat(invalid(leader, projectId, "projectIds", null)).containsExactly("projectIds");
        assertThat(invalid(leader, projectId, "projectIds",
                IntStream.range(0, 21).mapToObj(i -> projectId + "-" + i).toList())).containsExactly("projectIds");
        assertThat(invalid(leader, projectId, "projectIds", List.of(projectId, "x".repeat(101))))
                .containsExactly("projectIds[1]");
        assertThat(invalid(leader, projectId, "projectIds", List.of(projectId, projectId)))
                .containsExactly("projectIds[1]");
        assertThat(invalid(leader, projectId, "participants", Collections.nCopies(51, "张三")))
                .containsExactly("participants");
        assertThat(invalid(leader, projectId, "participants", List.of("张".repeat(51))))
                .containsExactly("participants[0]");
        assertThat(invalid(leader, projectId, "problemsRaised", Collections.nCopies(51, Map.of("description", "缺电"))))
                .containsExactly("problemsRaised");
        assertThat(invalid(leader, projectId, "problemsRaised", List.of(Map.of("ticketId", "T-1"))))
                .containsExactly("problemsRaised[0].description");
        assertThat(invalid(leader, projectId, "problemsSolved", List.of(Map.of("description", "缺".repeat(501)))))
                .containsExactly("problemsSolved[0].description");
        assertThat(invalid(leader, projectId, "problemsSolved",
                List.of(Map.of("description", "已解决", "ticketId", "T 1; drop"))))
                .containsExactly("problemsSolved[0].ticketId");
        assertThat(invalid(leader, projectId, "department", "ZJJ;drop")).containsExactly("department");
        assertThat(invalid(leader, projectId, "leader", "l".repeat(101))).containsExactly("leader");

        api.expectNothingStored(projectId);
    }

    private List<String> invalid(CurrentUser user, String projectId, String field, Object value) {
        Map<String, Object> body = visit(List.of(projectId));
        body.put(field, value);
        return api.invalidFields(api.log(user, body));
    }
}

package city.keyprojects.issue.tickets.web;

import static city.keyprojects.issue.tickets.web.IssueApi.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/** Reporting a problem (收集) over HTTP: who may, on which project, and which bodies are refused with nothing stored. */
class ReportingProblemsIntegrationTest extends UsingTheIssueApi {

    @Test
    void the_owner_enterprise_any_of_its_accounts_the_project_officer_and_the_centre_report_with_201_and_a_location() {
        String projectId = api.knownProject();
        CurrentUser colleague = TestIdentity.user("enterprise-colleague", Role.ENTERPRISE, null,
                TestIdentity.ENTERPRISE.creditCode());

        for (CurrentUser reporter : List.of(TestIdentity.ENTERPRISE, colleague, TestIdentity.OFFICER,
                TestIdentity.CENTRE)) {
            var response = api.report(reporter, problem(projectId, "UTILITIES", "SERIOUS")).expectStatus().isCreated();
            String[] location = new String[1];
            response.expectHeader().value("Location", value -> location[0] = value);
            JsonNode created = api.body(response);
            String ticketId = created.get("ticketId").asString();
            assertThat(location[0]).isEqualTo("/api/issues/tickets/" + ticketId);
            assertThat(created.get("step").asString()).isEqualTo("REPORTED");
            assertThat(created.get("projectId").asString()).isEqualTo(projectId);
            assertThat(created.get("reporter").get("userId").asString()).isEqualTo(reporter.id());
            assertThat(created.get("reporter").get("role").asString()).isEqualTo(reporter.primaryRole().name());
            assertThat(created.get("attachments")).hasSize(1);
            // The reporter can read what it reported at the address it was given.
            assertThat(api.get(reporter, location[0]).get("ticketId").asString()).isEqualTo(ticketId);
        }

        List<EventEnvelope> reported = api.exactlyEvents(projectId, IssueApi.ofType("issue.ticket-reported"), 4);
        // Four tickets, four outboxes: their events are not ordered among each other.
        assertThat(reported).extracting(EventEnvelope::actorid).containsExactlyInAnyOrder("enterprise",
                "enterprise-colleague", "officer", "centre");
        assertThat(api.ticketsOf(projectId)).hasSize(4);
    }

    @Test
    void another_enterprise_another_officer_a_leader_and_a_department_get_403_and_nothing_is_stored() {
        String projectId = api.knownProject();

        // Roles that may report, but not on this project: refused for the project.
        for (CurrentUser stranger : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER)) {
            JsonNode refused = api.problem(api.report(stranger, problem(projectId, "LAND", "URGENT")), 403,
                    "forbidden");
            assertThat(refused.get("detail").asString()).as(stranger.id()).contains(projectId);
        }
        // Roles that never report: refused by the access table.
        for (CurrentUser stranger : List.of(TestIdentity.LEADER, TestIdentity.ZJJ_OFFICER)) {
            api.problem(api.report(stranger, problem(projectId, "LAND", "URGENT")), 403, "role-not-allowed");
        }

        assertThat(api.ticketsOf(projectId)).isEmpty();
        api.exactlyEvents(projectId, event -> true, 0);
    }

    @Test
    void a_problem_on_a_project_the_service_does_not_know_is_a_404_for_anyone_and_so_are_its_lists() {
        String unknown = UUID.randomUUID().toString();

        for (CurrentUser reporter : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER, TestIdentity.CENTRE)) {
            JsonNode notFound = api.problem(api.report(reporter, problem(unknown, "LAND", "GENERAL")), 404,
                    "not-found");
            assertThat(notFound.get("detail").asString()).as(reporter.id()).contains(unknown);
        }
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/projects/{id}/tickets", unknown), 404, "not-found");
        api.problem(api.fetch(TestIdentity.CENTRE, "/api/issues/statistics/projects/{id}", unknown), 404,
                "not-found");
        api.problem(api.fetch(TestIdentity.ENTERPRISE, "/api/issues/projects/{id}/tickets", unknown), 404,
                "not-found");
    }

    @Test
    void malformed_json_wrong_types_unknown_codes_and_properties_clients_do_not_own_are_400_and_store_nothing() {
        String projectId = api.knownProject();
        String valid = json.writeValueAsString(problem(projectId, "ROAD_ACCESS", "SERIOUS"));
        String withoutBrace = valid.substring(1);

        for (String body : List.of(
                valid.substring(0, valid.length() / 2),
                "[]",
                "\"a string\"",
                valid.replace("\"ROAD_ACCESS\"", "\"TELEPORTATION\""),
                valid.replace("\"ROAD_ACCESS\"", "\"road_access\""),
                valid.replace("\"SERIOUS\"", "\"CATASTROPHIC\""),
                valid.replace("\"SERIOUS\"", "1"),
                valid.replace("\"attachments\":[", "\"attachments\":{\"0\":").replace("}]}", "}}}"),
                valid.replace("\"施工便道未打通\"", "{\"$gt\":\"\"}"),
                "{\"priority\":\"HIGH\"," + withoutBrace,
                "{\"step\":\"CLOSED\"," + withoutBrace,
                "{\"ticketId\":\"chosen-by-client\"," + withoutBrace,
                "{\"version\":7," + withoutBrace,
                "{\"reporter\":{\"userId\":\"centre\",\"role\":\"CITY_ADMIN\"}," + withoutBrace,
                "{\"reportedOn\":\"2020-01-01\"," + withoutBrace)) {
            JsonNode refused = api.problem(api.postRaw(TestIdentity.ENTERPRISE, "/api/issues/tickets", body), 400,
                    "unreadable-request");
            assertThat(refused.get("status").asInt()).as(body).isEqualTo(400);
        }

        assertThat(api.ticketsOf(projectId)).isEmpty();
    }

    @Test
    void a_body_that_is_not_json_at_all_is_refused_and_stores_nothing() {
        String projectId = api.knownProject();

        api.as(TestIdentity.ENTERPRISE).post().uri("/api/issues/tickets").contentType(MediaType.TEXT_PLAIN)
                .bodyValue("施工便道未打通").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api.problem(api.postRaw(TestIdentity.ENTERPRISE, "/api/issues/tickets", ""), 400, "unreadable-request");

        assertThat(api.ticketsOf(projectId)).isEmpty();
    }

    @Test
    void missing_blank_oversized_and_badly_linked_fields_are_400s_naming_each_field_and_store_nothing() {
        String projectId = api.knownProject();

        assertThat(invalid(projectId, body -> body.remove("category"))).containsExactly("category");
        assertThat(invalid(projectId, body -> body.remove("severity"))).containsExactly("severity");
        assertThat(invalid(projectId, body -> body.remove("title"))).containsExactly("title");
        assertThat(invalid(projectId, body -> body.remove("description"))).containsExactly("description");
        assertThat(invalid(projectId, body -> body.remove("projectId"))).containsExactly("projectId");
        assertThat(invalid(projectId, body -> body.put("title", "   "))).containsExactly("title");
        assertThat(invalid(projectId, body -> body.put("title", "路".repeat(201)))).containsExactly("title");
        assertThat(invalid(projectId, body -> body.put("description", "路".repeat(4001))))
                .containsExactly("description");
        assertThat(invalid(projectId, body -> body.put("projectId", "x".repeat(101)))).containsExactly("projectId");
        assertThat(invalid(projectId, body -> body.put("attachments",
                Collections.nCopies(21, Map.of("name", "照片", "url", "https://files.example.gov.cn/p/1.jpg")))))
                .containsExactly("attachments");
        for (String url : List.of("ftp://files.example.gov.cn/p/1.jpg", "file:///etc/passwd",
                "javascript:alert(1)", "https://files.example.gov.cn/a b.jpg", "/relative/1.jpg",
                "https://" + "x".repeat(2000))) {
            assertThat(invalid(projectId, body -> body.put("attachments", List.of(Map.of("name", "照片", "url", url)))))
                    .as(url).containsExactly("attachments[0].url");
        }
        assertThat(invalid(projectId, body -> body.put("attachments",
                List.of(Map.of("name", " ", "url", "https://files.example.gov.cn/p/1.jpg")))))
                .containsExactly("attachments[0].name");
        assertThat(invalid(projectId, body -> body.put("attachments",
                List.of(Map.of("url", "https://files.example.gov.cn/p/1.jpg")))))
                .containsExactly("attachments[0].name");
        assertThat(invalid(projectId, body -> {
            body.remove("title");
            body.put("severity", null);
        })).containsExactlyInAnyOrder("title", "severity");

        assertThat(api.ticketsOf(projectId)).isEmpty();
    }

    @Test
    void the_largest_accepted_report_is_stored_whole_and_its_text_trimmed() {
        String projectId = api.knownProject();
        Map<String, Object> body = problem(projectId, "FINANCING", "GENERAL");
        body.put("title", "  " + "融".repeat(196) + "  ");
        body.put("description", "资".repeat(4000));
        body.put("attachments", Collections.nCopies(20, Map.of("name", "合同", "url", "http://files.example.gov.cn/c")));

        JsonNode created = api.body(api.report(TestIdentity.ENTERPRISE, body).expectStatus().isCreated());

        assertThat(created.get("title").asString()).isEqualTo("融".repeat(196));
        assertThat(created.get("description").asString()).hasSize(4000);
        assertThat(created.get("attachments")).hasSize(20);
        assertThat(created.get("clock").get("limitWorkingDays").asInt()).isEqualTo(15);
        assertThat(api.ticketsOf(projectId)).containsExactly(created.get("ticketId").asString());
    }

    private List<String> invalid(String projectId, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = new LinkedHashMap<>(problem(projectId, "LABOUR", "GENERAL"));
        change.accept(body);
        return api.invalidFields(api.report(TestIdentity.ENTERPRISE, body));
    }
}

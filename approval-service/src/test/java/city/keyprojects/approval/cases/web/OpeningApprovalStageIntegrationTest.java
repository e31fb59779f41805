package city.keyprojects.approval.cases.web;

import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.ofType;
import static city.keyprojects.approval.cases.web.ApprovalApi.openRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/** POST /api/approvals/cases: who may open a stage, what it starts and publishes, and what is refused. */
class OpeningApprovalStageIntegrationTest extends UsingTheApprovalApi {

    @Test
    void the_enterprise_opens_a_stage_and_all_its_items_start_at_once() {
        String projectId = api.knownProject();

        var response = api.open(TestIdentity.ENTERPRISE, openRequest(projectId, CONSTRUCTION_PERMIT))
                .expectStatus().isCreated();
        String caseId = projectId + "-stage3-1";
        response.expectHeader().valueEquals("Location", "/api/approvals/cases/" + caseId);
        JsonNode opened = api.body(response);

        assertThat(opened.get("caseId").asString()).isEqualTo(caseId);
        assertThat(opened.get("version").asLong()).isEqualTo(1);
        assertThat(opened.get("status").asString()).isEqualTo("OPEN");
        assertThat(opened.get("stage").asString()).isEqualTo(CONSTRUCTION_PERMIT);
        assertThat(opened.get("attempt").asInt()).isEqualTo(1);
        assertThat(opened.get("applicant").asString()).isEqualTo(TestIdentity.ENTERPRISE.creditCode());
        assertThat(opened.get("filedBy").asString()).isEqualTo("enterprise");
        assertThat(opened.get("agent").asBoolean()).isFalse();
        assertThat(opened.get("openedOn").asString()).isEqualTo(ApprovalApi.today().toString());
        assertThat(opened.get("form").get("contactPhone").asString()).isEqualTo("0532-8888 6666");
        assertThat(opened.get("items")).hasSize(4);
        List<String> departments = new ArrayList<>();
        for (JsonNode item : opened.get("items")) {
            departments.add(item.get("department").asString());
            assertThat(item.get("code").asString()).isEqualTo(
                    CONSTRUCTION_PERMIT_ITEMS.get(item.get("department").asString()));
            assertThat(item.get("state").asString()).isEqualTo("SUBMITTED");
            assertThat(item.get("version").asLong()).isEqualTo(1);
            LocalDate due = LocalDate.parse(item.get("dueDate").asString());
            assertThat(due).isAfter(ApprovalApi.today());
            assertThat(item.get("remainingWorkingDays").asInt()).isEqualTo(item.get("limitWorkingDays").asInt()
                    - item.get("elapsedWorkingDays").asInt());
            assertThat(item.get("overdue").asBoolean()).isFalse();
        }
        assertThat(departments).containsExactlyInAnyOrderElementsOf(CONSTRUCTION_PERMIT_ITEMS.keySet());
        // What was answered is what was stored.
        assertThat(api.caseOf(caseId)).isEqualTo(opened);

        EventEnvelope event = api.exactlyEvents(projectId, ofType("approval.case-opened"), 1).get(0);
        assertThat(event.aggregateid()).isEqualTo(caseId);
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.actorid()).isEqualTo("enterprise");
        assertThat(event.actorrole()).isEqualTo("ENTERPRISE");
        assertThat(event.data().get("agent").asBoolean()).isFalse();
        assertThat(event.data().get("stage").asString()).isEqualTo(CONSTRUCTION_PERMIT);
        assertThat(event.data().get("items")).hasSize(4);
    }

    @Test
    void the_projects_officer_opens_a_stage_for_the_enterprise_as_its_agent() {
        String projectId = api.knownProject();

        JsonNode opened = api.body(api.open(TestIdentity.OFFICER, openRequest(projectId, CONSTRUCTION_PERMIT))
                .expectStatus().isCreated());

        assertThat(opened.get("agent").asBoolean()).isTrue();
        assertThat(opened.get("filedBy").asString()).isEqualTo(TestIdentity.OFFICER.id());
        // The enterprise still applies: the officer only files for it (代办).
        assertThat(opened.get("applicant").asString()).isEqualTo(TestIdentity.ENTERPRISE.creditCode());
        EventEnvelope event = api.events(projectId, ofType("approval.case-opened"), 1).get(0);
        assertThat(event.actorid()).isEqualTo(TestIdentity.OFFICER.id());
        assertThat(event.actorrole()).isEqualTo("PROJECT_OFFICER");
        assertThat(event.data().get("agent").asBoolean()).isTrue();
    }

    @Test
    void a_stage_of_an_unknown_project_is_a_404_problem() {
        api.problem(api.open(TestIdentity.ENTERPRISE, openRequest("never-registered-" + System.nanoTime(),
                CONSTRUCTION_PERMIT)), 404, "not-found");
    }

    @Test
    void another_enterprise_or_an_officer_not_assigned_may_not_open_a_stage() {
        String projectId = api.knownProject();
        String unassigned = api.knownProject(null);

        api.problem(api.open(TestIdentity.OTHER_ENTERPRISE, openRequest(projectId, CONSTRUCTION_PERMIT)), 403,
                "forbidden");
        api.problem(api.open(TestIdentity.OTHER_OFFICER, openRequest(projectId, CONSTRUCTION_PERMIT)), 403,
                "forbidden");
        api.problem(api.open(TestIdentity.OFFICER, openRequest(unassigned, CONSTRUCTION_PERMIT)), 403,
                "forbidden");
        // Roles that never apply are refused by the access table.
        for (CurrentUser user : List.of(TestIdentity.CENTRE, TestIdentity.LEADER, TestIdentity.ZJJ_OFFICER)) {
            api.problem(api.open(user, openRequest(projectId, CONSTRUCTION_PERMIT)), 403, "role-not-allowed");
        }

        api.expectNoCase(projectId);
        api.expectNoCase(unassigned);
    }

    @Test
    void a_stage_with_an_open_case_is_not_opened_again() {
        String projectId = api.knownProject();
        JsonNode first = api.opened(projectId, CONSTRUCTION_PERMIT);

        api.ruleViolation(api.open(TestIdentity.OFFICER, openRequest(projectId, CONSTRUCTION_PERMIT)),
                "one-open-case-per-stage");

        JsonNode progress = api.progress(projectId);
        assertThat(stage(progress, CONSTRUCTION_PERMIT).get("cases")).hasSize(1);
        assertThat(api.caseOf(first.get("caseId").asString())).isEqualTo(first);
    }

    @Test
    void a_rejected_stage_is_applied_for_again_as_a_new_attempt() {
        String projectId = api.knownProject();
        String first = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        List<String> departments = List.copyOf(CONSTRUCTION_PERMIT_ITEMS.keySet());
        for (int i = 0; i < departments.size(); i++) {
            String department = departments.get(i);
            JsonNode answer = api.decided(department, first, CONSTRUCTION_PERMIT_ITEMS.get(department), "REJECT",
                    "reasons", "不符合国土空间规划");
            // The stage closes only once every department has decided.
            assertThat(answer.get("status").asString()).isEqualTo(i < departments.size() - 1 ? "OPEN" : "REJECTED");
        }
        JsonNode rejected = api.caseOf(first);
        assertThat(rejected.get("result").asString()).isEqualTo("REJECTED");
        api.exactlyEvents(projectId, ofType("approval.stage-rejected"), 1);
        api.exactlyEvents(projectId, ofType("approval.stage-completed"), 0);

        var again = api.open(TestIdentity.ENTERPRISE, openRequest(projectId, CONSTRUCTION_PERMIT))
                .expectStatus().isCreated();
        again.expectHeader().valueEquals("Location", "/api/approvals/cases/" + projectId + "-stage3-2");
        JsonNode second = api.body(again);
        assertThat(second.get("attempt").asInt()).isEqualTo(2);

        JsonNode stage = stage(api.progress(projectId), CONSTRUCTION_PERMIT);
        assertThat(stage.get("status").asString()).isEqualTo("OPEN");
        assertThat(stage.get("cases")).extracting(each -> each.get("caseId").asString())
                .containsExactly(first, projectId + "-stage3-2");
    }

    @Test
    void a_projects_progress_is_for_government_staff_its_owner_and_its_officer() {
        String projectId = api.knownProject();
        api.opened(projectId, CONSTRUCTION_PERMIT);
        for (CurrentUser user : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER, TestIdentity.LEADER,
                TestIdentity.ZRJ_OFFICER)) {
            JsonNode progress = api.body(api.as(user).get().uri("/api/approvals/projects/{id}/progress", projectId)
                    .exchange().expectStatus().isOk());
            assertThat(stage(progress, CONSTRUCTION_PERMIT).get("status").asString()).isEqualTo("OPEN");
            assertThat(progress.get("stages")).extracting(each -> each.get("stage").asString()).containsExactly(
                    "PROJECT_APPROVAL_AND_LAND_USE", "ENGINEERING_CONSTRUCTION_PERMIT", CONSTRUCTION_PERMIT,
                    "COMPLETION_ACCEPTANCE");
        }
        for (CurrentUser user : List.of(TestIdentity.OTHER_ENTERPRISE, TestIdentity.OTHER_OFFICER)) {
            api.problem(api.as(user).get().uri("/api/approvals/projects/{id}/progress", projectId).exchange(), 403,
                    "forbidden");
        }
        api.problem(api.as(TestIdentity.CENTRE).get().uri("/api/approvals/projects/{id}/progress", "unknown-project")
                .exchange(), 404, "not-found");
    }

    @Test
    void two_openings_of_the_same_stage_at_the_same_moment_give_one_case() {
        String projectId = api.knownProject();

        List<Integer> statuses = Flux.range(0, 4)
                .flatMap(i -> Mono.fromCallable(() -> api.open(i % 2 == 0 ? TestIdentity.ENTERPRISE
                        : TestIdentity.OFFICER, openRequest(projectId, CONSTRUCTION_PERMIT))
                        .returnResult(String.class).getStatus().value()).subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(Duration.ofSeconds(60));

        assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        assertThat(stage(api.progress(projectId), CONSTRUCTION_PERMIT).get("cases")).hasSize(1);
        api.exactlyEvents(projectId, ofType("approval.case-opened"), 1);
    }

    @Test
    void malformed_or_invalid_requests_are_400_problems_and_store_nothing() {
        String projectId = api.knownProject();

        // Not JSON at all, an unknown stage, a number for a text, a property the service does not know or owns.
        for (String body : List.of("{\"projectId\": \"" + projectId + "\", \"stage\": ",
                "{\"projectId\": \"" + projectId + "\", \"stage\": \"STAGE_NINE\", \"form\": " + formJson() + "}",
                "{\"projectId\": \"" + projectId + "\", \"stage\": \"construction_permit\", \"form\": " + formJson()
                        + "}",
                "{\"projectId\": \"" + projectId + "\", \"stage\": 3, \"form\": " + formJson() + "}",
                "{\"projectId\": \"" + projectId + "\", \"stage\": \"CONSTRUCTION_PERMIT\", \"form\": " + formJson()
                        + ", \"status\": \"COMPLETED\"}",
                "{\"projectId\": \"" + projectId + "\", \"stage\": \"CONSTRUCTION_PERMIT\", \"form\": " + formJson()
                        + ", \"caseId\": \"mine\"}",
                "[]")) {
            var response = api.as(TestIdentity.ENTERPRISE).post().uri("/api/approvals/cases")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
            JsonNode problem = api.body(response.expectStatus().isBadRequest());
            assertThat(problem.get("type").asString()).as(body).isIn(ApprovalApi.PROBLEMS + "unreadable-request",
                    ApprovalApi.PROBLEMS + "validation");
        }

        assertThat(invalid(projectId, form -> form.remove("contactName"))).containsExactly("form.contactName");
        assertThat(invalid(projectId, form -> form.remove("constructionContent")))
                .containsExactly("form.constructionContent");
        assertThat(invalid(projectId, form -> form.put("contactPhone", "call me maybe")))
                .containsExactly("form.contactPhone");
        assertThat(invalid(projectId, form -> form.put("contactName", "  "))).containsExactly("form.contactName");
        assertThat(invalid(projectId, form -> form.put("constructionContent", "建".repeat(2001))))
                .containsExactly("form.constructionContent");
        assertThat(invalid(projectId, form -> form.put("attachments", List.of("file:///etc/passwd"))))
                .singleElement().asString().startsWith("form.attachments");
        assertThat(invalid(projectId, form -> form.put("attachments",
                java.util.Collections.nCopies(51, "https://files.example.gov.cn/a.pdf"))))
                .containsExactly("form.attachments");
        assertThat(api.invalidFields(api.open(TestIdentity.ENTERPRISE, Map.of("projectId", projectId,
                "stage", CONSTRUCTION_PERMIT)))).containsExactly("form");
        assertThat(api.invalidFields(api.open(TestIdentity.ENTERPRISE, Map.of("projectId", "x".repeat(101),
                "stage", CONSTRUCTION_PERMIT, "form", ApprovalApi.form())))).containsExactly("projectId");
        assertThat(api.invalidFields(api.open(TestIdentity.ENTERPRISE, Map.of("projectId", projectId,
                "form", ApprovalApi.form())))).containsExactly("stage");

        api.expectNoCase(projectId);
        api.exactlyEvents(projectId, event -> true, 0);
    }

    private List<String> invalid(String projectId, java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> request = openRequest(projectId, CONSTRUCTION_PERMIT);
        @SuppressWarnings("unchecked")
        Map<String, Object> form = (Map<String, Object>) request.get("form");
        change.accept(form);
        return api.invalidFields(api.open(TestIdentity.ENTERPRISE, request));
    }

    private String formJson() {
        return json.writeValueAsString(ApprovalApi.form());
    }

    static JsonNode stage(JsonNode progress, String stage) {
        for (JsonNode each : progress.get("stages")) {
            if (each.get("stage").asString().equals(stage)) {
                return each;
            }
        }
        throw new AssertionError("No stage " + stage + " in " + progress);
    }
}

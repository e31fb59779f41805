package city.keyprojects.approval.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.ServiceApi;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the approval-case tests share: known projects, the service's endpoints as each user calls them, their
 * answers as JSON, and the events published on {@code approval.events.v1}.
 */
public final class ApprovalApi extends ServiceApi {

    public static final String TOPIC = "approval.events.v1";
    public static final String CONSTRUCTION_PERMIT = "CONSTRUCTION_PERMIT";
    public static final String COMPLETION_ACCEPTANCE = "COMPLETION_ACCEPTANCE";

    /** The items of stage CONSTRUCTION_PERMIT in the default catalogue, by department. */
    public static final Map<String, String> CONSTRUCTION_PERMIT_ITEMS = ordered(
            "zjj", "CONSTRUCTION_DRAWING_REVIEW", "xfsy", "FIRE_DESIGN_REVIEW", "rfb", "CIVIL_AIR_DEFENCE_REVIEW",
            "spj", "CONSTRUCTION_PERMIT_ISSUE");
    /** The items of stage COMPLETION_ACCEPTANCE (joint acceptance) in the default catalogue, by department. */
    public static final Map<String, String> COMPLETION_ACCEPTANCE_ITEMS = ordered(
            "zrj", "PLANNING_CHECK", "xfsy", "FIRE_ACCEPTANCE", "daj", "ARCHIVE_ACCEPTANCE", "zjj",
            "COMPLETION_FILING");

    private final KnownProjects projects;

    public ApprovalApi(WebTestClient client, KnownProjects projects, EventCodec codec, JsonMapper json) {
        super(client, codec, json, TOPIC);
        this.projects = projects;
    }

    /** A fresh project of {@link TestIdentity#ENTERPRISE}, with {@link TestIdentity#OFFICER} as its officer. */
    public String knownProject() {
        return knownProject(TestIdentity.OFFICER.id());
    }

    /** A fresh project of {@link TestIdentity#ENTERPRISE}, learned as from project-service's events. */
    public String knownProject(String officer) {
        String projectId = UUID.randomUUID().toString();
        var registered = json.createObjectNode()
                .put("projectId", projectId)
                .put("name", "平度市高端装备产业园项目")
                .put("ownerName", "青岛汇诺畅远")
                .put("ownerCreditCode", TestIdentity.ENTERPRISE.creditCode())
                .put("district", "370283");
        projects.apply(ForeignEvents.envelope("/project-service", "project.registered", projectId, 1, registered))
                .block(Duration.ofSeconds(10));
        if (officer != null) {
            var assigned = json.createObjectNode().put("projectId", projectId).put("officer", officer);
            projects.apply(ForeignEvents.envelope("/project-service", "project.responsibility-assigned", projectId,
                    2, assigned)).block(Duration.ofSeconds(10));
        }
        return projectId;
    }

    public static Map<String, Object> form() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("contactName", "张工");
        form.put("contactPhone", "0532-8888 6666");
        form.put("constructionContent", "新建生产厂房两栋，总建筑面积4.2万平方米");
        form.put("siteAddress", "平度市经济开发区长江路以南");
        form.put("attachments", List.of("https://files.example.gov.cn/drawings/a.pdf"));
        return form;
    }

    public static Map<String, Object> openRequest(String projectId, String stage) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("projectId", projectId);
        request.put("stage", stage);
        request.put("form", form());
        return request;
    }

    public ResponseSpec open(CurrentUser user, Object body) {
        return as(user).post().uri("/api/approvals/cases").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    /** The case the enterprise opened for the stage (201). */
    public JsonNode opened(String projectId, String stage) {
        return body(open(TestIdentity.ENTERPRISE, openRequest(projectId, stage)).expectStatus().isCreated());
    }

    public JsonNode caseOf(String caseId) {
        return body(as(TestIdentity.CENTRE).get().uri("/api/approvals/cases/{id}", caseId).exchange()
                .expectStatus().isOk());
    }

    public JsonNode progress(String projectId) {
        return body(as(TestIdentity.CENTRE).get().uri("/api/approvals/projects/{id}/progress", projectId).exchange()
                .expectStatus().isOk());
    }

    /** Asserts that no stage of the project was ever opened. */
    public void expectNoCase(String projectId) {
        JsonNode progress = progress(projectId);
        for (JsonNode stage : progress.get("stages")) {
            assertThat(stage.get("status").asString()).as(stage.get("stage").asString()).isEqualTo("NOT_STARTED");
            assertThat(stage.get("cases")).isEmpty();
        }
    }

    public static JsonNode item(JsonNode approvalCase, String code) {
        for (JsonNode item : approvalCase.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError("No item " + code + " in " + approvalCase);
    }

    public long itemVersion(String caseId, String code) {
        return item(caseOf(caseId), code).get("version").asLong();
    }

    public static Map<String, Object> decision(long version, String decision, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version);
        body.put("decision", decision);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    public ResponseSpec decide(CurrentUser user, String caseId, String code, Object body) {
        return as(user).post().uri("/api/approvals/cases/{id}/items/{code}/decisions", caseId, code)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The department's officer decides its item on its current version; the case after it (200). */
    public JsonNode decided(String department, String caseId, String code, String decision, Object... more) {
        return body(decide(officerOf(department), caseId, code, decision(itemVersion(caseId, code), decision, more))
                .expectStatus().isOk());
    }

    /** The applicant's {@code resubmission} or {@code cure} of an item. */
    public ResponseSpec answer(CurrentUser user, String caseId, String code, String answer, long version) {
        return as(user).post().uri("/api/approvals/cases/{id}/items/{code}/{answer}", caseId, code, answer)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version, "note", "已按要求补正材料")).exchange();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}

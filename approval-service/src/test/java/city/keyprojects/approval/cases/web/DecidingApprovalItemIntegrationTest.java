package city.keyprojects.approval.cases.web;

import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.decision;
import static city.keyprojects.approval.cases.web.ApprovalApi.item;
import static city.keyprojects.approval.cases.web.ApprovalApi.ofType;
import static city.keyprojects.approval.cases.web.ApprovalApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/approvals/cases/{caseId}/items/{itemCode}/decisions: the departments decide their own items in
 * parallel; the stage completes once all are approved. Wrong actors, outdated views and bad input change nothing.
 */
class DecidingApprovalItemIntegrationTest extends UsingTheApprovalApi {

    private static final String ZJJ_ITEM = CONSTRUCTION_PERMIT_ITEMS.get("zjj");

    @Test
    void the_departments_accept_and_approve_in_parallel_and_the_stage_completes_once() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();

        List<JsonNode> answers = Flux.fromIterable(CONSTRUCTION_PERMIT_ITEMS.entrySet())
                .flatMap(department -> Mono.fromCallable(() -> {
                    CurrentUser officer = officerOf(department.getKey());
                    String code = department.getValue();
                    JsonNode accepted = api.body(api.decide(officer, caseId, code, decision(1, "ACCEPT"))
                            .expectStatus().isOk());
                    assertThat(item(accepted, code).get("state").asString()).isEqualTo("ACCEPTED");
                    return api.body(api.decide(officer, caseId, code, decision(2, "APPROVE"))
                            .expectStatus().isOk());
                }).subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(Duration.ofSeconds(60));
        assertThat(answers).hasSize(4);
        // Exactly one of the approvals saw the stage complete.
        assertThat(answers).filteredOn(answer -> answer.get("status").asString().equals("COMPLETED")).hasSize(1);

        JsonNode completed = api.caseOf(caseId);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("result").asString()).isEqualTo("APPROVED");
        assertThat(completed.get("closedOn").asString()).isEqualTo(ApprovalApi.today().toString());
        for (JsonNode item : completed.get("items")) {
            assertThat(item.get("state").asString()).isEqualTo("APPROVED");
            assertThat(item.get("version").asLong()).isEqualTo(3);
            assertThat(item.get("decidedOn").asString()).isEqualTo(ApprovalApi.today().toString());
            assertThat(item.get("onTime").asBoolean()).isTrue();
            assertThat(item.get("steps")).extracting(step -> step.get("action").asString())
                    .containsExactly("ACCEPT", "APPROVE");
            assertThat(item.get("steps")).allSatisfy(step -> assertThat(step.get("by").asString())
                    .isEqualTo(item.get("department").asString() + "-officer"));
        }

        // The contract project-service reads (ApprovalEventsListener): projectId, stage, completedAt.
        EventEnvelope stageCompleted = api.exactlyEvents(projectId, ofType("approval.stage-completed"), 1).get(0);
        assertThat(stageCompleted.subject()).isEqualTo(projectId);
        assertThat(stageCompleted.aggregateid()).isEqualTo(caseId);
        assertThat(stageCompleted.data().get("projectId").asString()).isEqualTo(projectId);
        assertThat(stageCompleted.data().get("stage").asString()).isEqualTo(CONSTRUCTION_PERMIT);
        assertThat(Instant.parse(stageCompleted.data().get("completedAt").asString()))
                .isBetween(Instant.now().minusSeconds(120), Instant.now());
        assertThat(stageCompleted.data().get("result").asString()).isEqualTo("APPROVED");
        assertThat(stageCompleted.actorrole()).isEqualTo("DEPT_OFFICER");

        List<EventEnvelope> decided = api.events(projectId, ofType("approval.item-decided"), 4);
        assertThat(decided).extracting(event -> event.data().get("itemCode").asString())
                .containsExactlyInAnyOrderElementsOf(CONSTRUCTION_PERMIT_ITEMS.values());
        assertThat(decided).allSatisfy(event -> {
            assertThat(event.data().get("decision").asString()).isEqualTo("APPROVE");
            assertThat(event.data().get("finalDecision").asBoolean()).isTrue();
            assertThat(event.data().get("parallel").asBoolean()).isTrue();
            assertThat(event.actorid()).isEqualTo(event.data().get("department").asString() + "-officer");
        });

        JsonNode stage = OpeningApprovalStageIntegrationTest.stage(api.progress(projectId), CONSTRUCTION_PERMIT);
        assertThat(stage.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(stage.get("cases")).hasSize(1);
        for (JsonNode item : stage.get("cases").get(0).get("items")) {
            int elapsed = item.get("elapsedWorkingDays").asInt();
            assertThat(elapsed).isBetween(0, item.get("limitWorkingDays").asInt());
            assertThat(item.get("remainingWorkingDays").asInt())
                    .isEqualTo(item.get("limitWorkingDays").asInt() - elapsed);
            assertThat(item.get("clockStopped").asBoolean()).isFalse();
        }

        // A completed stage is neither decided on nor opened again.
        api.ruleViolation(api.decide(officerOf("zjj"), caseId, ZJJ_ITEM, decision(3, "REJECT", "reasons", "迟到的意见")),
                "case-closed");
        api.ruleViolation(api.open(TestIdentity.ENTERPRISE, ApprovalApi.openRequest(projectId, CONSTRUCTION_PERMIT)),
                "stage-completed-once");
        assertThat(api.caseOf(caseId).get("version").asLong()).isEqualTo(completed.get("version").asLong());
    }

    @Test
    void the_case_history_names_who_did_what() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT");
        api.decided("zjj", caseId, ZJJ_ITEM, "RETURN_FOR_CORRECTION", "reasons", "图纸缺少消防通道");

        JsonNode history = api.body(api.as(TestIdentity.ENTERPRISE).get()
                .uri("/api/approvals/cases/{id}/history", caseId).exchange().expectStatus().isOk());

        assertThat(history).extracting(entry -> entry.get("sequence").asLong()).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(entry -> entry.get("type").asString()).containsExactly(
                "approval.case-opened", "approval.item-accepted", "approval.item-decided");
        assertThat(history).extracting(entry -> entry.get("actor").get("id").asString())
                .containsExactly("enterprise", "zjj-officer", "zjj-officer");
        assertThat(history).extracting(entry -> entry.get("actor").get("role").asString())
                .containsExactly("ENTERPRISE", "DEPT_OFFICER", "DEPT_OFFICER");
        assertThat(history.get(2).get("data").get("reasons").asString()).isEqualTo("图纸缺少消防通道");

        // Not for another enterprise, nor a department without an item in the case.
        api.problem(api.as(TestIdentity.OTHER_ENTERPRISE).get().uri("/api/approvals/cases/{id}/history", caseId)
                .exchange(), 403, "forbidden");
        api.problem(api.as(TestIdentity.ZRJ_OFFICER).get().uri("/api/approvals/cases/{id}/history", caseId)
                .exchange(), 403, "forbidden");
        api.problem(api.as(TestIdentity.OTHER_ENTERPRISE).get().uri("/api/approvals/cases/{id}", caseId)
                .exchange(), 403, "forbidden");
    }

    @Test
    void an_officer_of_another_department_or_another_role_may_not_decide_an_item() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        JsonNode before = api.caseOf(caseId);

        api.problem(api.decide(officerOf("xfsy"), caseId, ZJJ_ITEM, decision(1, "ACCEPT")), 403, "forbidden");
        api.problem(api.decide(TestIdentity.ZRJ_OFFICER, caseId, ZJJ_ITEM, decision(1, "ACCEPT")), 403,
                "forbidden");
        api.problem(api.decide(officerOf("zjj"), caseId, CONSTRUCTION_PERMIT_ITEMS.get("spj"),
                decision(1, "ACCEPT")), 403, "forbidden");
        for (CurrentUser user : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER, TestIdentity.CENTRE,
                TestIdentity.LEADER)) {
            api.problem(api.decide(user, caseId, ZJJ_ITEM, decision(1, "ACCEPT")), 403, "role-not-allowed");
        }

        assertThat(api.caseOf(caseId)).isEqualTo(before);
        api.exactlyEvents(projectId, event -> true, 1);
    }

    @Test
    void an_unknown_item_or_case_is_a_404_problem() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();

        api.problem(api.decide(officerOf("zjj"), caseId, "NO_SUCH_ITEM", decision(1, "ACCEPT")), 404, "not-found");
        api.problem(api.decide(officerOf("zjj"), projectId + "-stage9-1", ZJJ_ITEM, decision(1, "ACCEPT")), 404,
                "not-found");
        api.problem(api.as(TestIdentity.CENTRE).get().uri("/api/approvals/cases/{id}", "no-such-case").exchange(),
                404, "not-found");

        assertThat(api.caseOf(caseId).get("version").asLong()).isEqualTo(1);
    }

    @Test
    void a_decided_item_is_not_decided_again_and_an_outdated_view_is_refused() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        CurrentUser zjj = officerOf("zjj");

        api.ruleViolation(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "APPROVE")), "accepted-before-approval");
        api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT");
        // The officer still looks at version 1: whatever the decision, it is refused as outdated.
        api.problem(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "APPROVE")), 409, "stale-version");
        api.problem(api.decide(zjj, caseId, ZJJ_ITEM, decision(7, "APPROVE")), 409, "stale-version");
        JsonNode accepted = item(api.caseOf(caseId), ZJJ_ITEM);
        assertThat(accepted.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("version").asLong()).isEqualTo(2);

        api.decided("zjj", caseId, ZJJ_ITEM, "APPROVE");
        JsonNode before = api.caseOf(caseId);
        api.ruleViolation(api.decide(zjj, caseId, ZJJ_ITEM, decision(3, "APPROVE")), "item-already-decided");
        api.ruleViolation(api.decide(zjj, caseId, ZJJ_ITEM, decision(3, "REJECT", "reasons", "改主意了")),
                "item-already-decided");
        api.ruleViolation(api.decide(zjj, caseId, ZJJ_ITEM, decision(3, "ACCEPT")), "item-already-decided");

        assertThat(api.caseOf(caseId)).isEqualTo(before);
        api.exactlyEvents(projectId, ofType("approval.item-decided"), 1);
    }

    @Test
    void a_decision_without_what_it_needs_is_a_400_naming_the_fields_and_changes_nothing() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        CurrentUser zjj = officerOf("zjj");
        JsonNode before = api.caseOf(caseId);

        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "REJECT"))))
                .containsExactly("reasons");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "REJECT", "reasons", "   "))))
                .containsExactly("reasons");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "RETURN_FOR_CORRECTION"))))
                .containsExactly("reasons");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "ACCEPT_WITH_DEFICIENCIES",
                "cureDeadline", ApprovalApi.today().plusDays(10).toString())))).containsExactly("missingMaterials");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "ACCEPT_WITH_DEFICIENCIES",
                "missingMaterials", List.of(), "cureDeadline", ApprovalApi.today().plusDays(10).toString()))))
                .containsExactly("missingMaterials");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "ACCEPT_WITH_DEFICIENCIES",
                "missingMaterials", List.of("消防设计说明"))))).containsExactly("cureDeadline");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "ACCEPT_WITH_DEFICIENCIES",
                "missingMaterials", List.of("消防设计说明"), "cureDeadline", ApprovalApi.today().toString()))))
                .containsExactly("cureDeadline");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "APPROVE_ON_COMMITMENT"))))
                .containsExactlyInAnyOrder("verificationObligation", "verificationDeadline");
        // Bean validation of the request itself.
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(0, "ACCEPT"))))
                .containsExactly("version");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, Map.of("decision", "ACCEPT"))))
                .containsExactly("version");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, Map.of("version", 1))))
                .containsExactly("decision");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "REJECT", "reasons",
                "理".repeat(2001))))).containsExactly("reasons");
        assertThat(api.invalidFields(api.decide(zjj, caseId, ZJJ_ITEM, decision(1, "ACCEPT_WITH_DEFICIENCIES",
                "missingMaterials", Collections.nCopies(31, "材料"), "cureDeadline",
                ApprovalApi.today().plusDays(10).toString())))).containsExactly("missingMaterials");
        for (String body : List.of("{\"version\": 1, \"decision\": \"MAYBE\"}",
                "{\"version\": \"one\", \"decision\": \"ACCEPT\"}",
                "{\"version\": 1, \"decision\": \"ACCEPT\", \"state\": \"APPROVED\"}",
                "{\"version\": 1, \"decision\": \"ACCEPT\", \"cureDeadline\": \"next week\"}",
                "{\"version\": 1, \"decision\": ")) {
            JsonNode problem = api.body(api.as(zjj).post()
                    .uri("/api/approvals/cases/{id}/items/{code}/decisions", caseId, ZJJ_ITEM)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest());
            assertThat(problem.get("type").asString()).as(body).isIn(ApprovalApi.PROBLEMS + "unreadable-request",
                    ApprovalApi.PROBLEMS + "validation");
        }

        assertThat(api.caseOf(caseId)).isEqualTo(before);
        List<EventEnvelope> events = new ArrayList<>(api.exactlyEvents(projectId, event -> true, 1));
        assertThat(events.get(0).type()).isEqualTo("approval.case-opened");
    }

    @Test
    void an_approval_on_commitment_completes_the_stage_and_a_failed_verification_revokes_it() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        String fire = CONSTRUCTION_PERMIT_ITEMS.get("xfsy");
        String deadline = ApprovalApi.today().plusDays(30).toString();
        JsonNode committed = item(api.decided("xfsy", caseId, fire, "APPROVE_ON_COMMITMENT", "verificationObligation",
                "开工前完成消防设施安装", "verificationDeadline", deadline), fire);
        assertThat(committed.get("state").asString()).isEqualTo("APPROVED_ON_COMMITMENT");
        assertThat(committed.get("commitment").get("verificationDeadline").asString()).isEqualTo(deadline);
        for (String department : List.of("zjj", "rfb", "spj")) {
            api.decided(department, caseId, CONSTRUCTION_PERMIT_ITEMS.get(department), "ACCEPT");
            api.decided(department, caseId, CONSTRUCTION_PERMIT_ITEMS.get(department), "APPROVE");
        }
        JsonNode completed = api.caseOf(caseId);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("result").asString()).isEqualTo("APPROVED_ON_COMMITMENT");
        assertThat(api.events(projectId, ofType("approval.stage-completed"), 1).get(0).data().get("result")
                .asString()).isEqualTo("APPROVED_ON_COMMITMENT");

        long version = item(completed, fire).get("version").asLong();
        api.problem(verify(officerOf("zjj"), caseId, fire, version, false, "不合格"), 403, "forbidden");
        api.problem(verify(TestIdentity.ENTERPRISE, caseId, fire, version, true, "合格"), 403, "role-not-allowed");
        assertThat(api.invalidFields(verify(officerOf("xfsy"), caseId, fire, version, false, " ")))
                .containsExactly("findings");
        api.ruleViolation(verify(officerOf("zjj"), caseId, CONSTRUCTION_PERMIT_ITEMS.get("zjj"),
                api.itemVersion(caseId, CONSTRUCTION_PERMIT_ITEMS.get("zjj")), true, "合格"),
                "verification-needs-commitment");
        assertThat(api.caseOf(caseId)).isEqualTo(completed);

        JsonNode revoked = item(api.body(verify(officerOf("xfsy"), caseId, fire, version, false,
                "消防设施未按承诺安装").expectStatus().isOk()), fire);
        assertThat(revoked.get("state").asString()).isEqualTo("REVOKED");
        EventEnvelope breach = api.exactlyEvents(projectId, ofType("approval.commitment-breached"), 1).get(0);
        assertThat(breach.data().get("itemCode").asString()).isEqualTo(fire);
        assertThat(breach.actorid()).isEqualTo("xfsy-officer");
        // The stage stays completed: the breach announces the revocation.
        assertThat(api.caseOf(caseId).get("status").asString()).isEqualTo("COMPLETED");
        api.ruleViolation(verify(officerOf("xfsy"), caseId, fire, revoked.get("version").asLong(), true, "复查合格"),
                "commitment-verified-once");
        api.exactlyEvents(projectId, ofType("approval.stage-completed"), 1);
    }

    private WebTestClient.ResponseSpec verify(CurrentUser user, String caseId, String code, long version,
            boolean passed, String findings) {
        return api.as(user).post().uri("/api/approvals/cases/{id}/items/{code}/verification", caseId, code)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version, "passed", passed, "findings", findings)).exchange();
    }
}

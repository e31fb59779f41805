package city.keyprojects.approval.cases.web;

import static city.keyprojects.approval.cases.web.ApprovalApi.COMPLETION_ACCEPTANCE;
import static city.keyprojects.approval.cases.web.ApprovalApi.COMPLETION_ACCEPTANCE_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT;
import static city.keyprojects.approval.cases.web.ApprovalApi.decision;
import static city.keyprojects.approval.cases.web.ApprovalApi.item;
import static city.keyprojects.approval.cases.web.ApprovalApi.ofType;
import static city.keyprojects.approval.cases.web.ApprovalApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * Joint completion acceptance (联合验收): one clock for the case, and the departments give their opinions only
 * after the one joint inspection, set and moved by its revision (PUT .../joint-inspection).
 */
class JointAcceptanceIntegrationTest extends UsingTheApprovalApi {

    @Test
    void the_departments_decide_after_the_joint_inspection_and_the_stage_completes() {
        String projectId = api.knownProject();
        JsonNode opened = api.opened(projectId, COMPLETION_ACCEPTANCE);
        String caseId = opened.get("caseId").asString();
        assertThat(opened.get("jointAcceptance").asBoolean()).isTrue();
        assertThat(opened.get("jointInspection").isNull()).isTrue();
        // One clock for all: every item is due the same day.
        Set<String> dueDates = new HashSet<>();
        opened.get("items").forEach(item -> dueDates.add(item.get("dueDate").asString()));
        assertThat(dueDates).hasSize(1);

        // Accepting comes before the inspection; an opinion does not.
        String zrjItem = COMPLETION_ACCEPTANCE_ITEMS.get("zrj");
        api.decided("zrj", caseId, zrjItem, "ACCEPT");
        api.ruleViolation(api.decide(officerOf("zrj"), caseId, zrjItem, decision(2, "APPROVE", "reasons", "符合规划")),
                "joint-inspection-held");
        api.ruleViolation(api.decide(officerOf("zrj"), caseId, zrjItem, decision(2, "REJECT", "reasons", "不符合")),
                "joint-inspection-held");

        // Scheduled for a later day: still not held.
        JsonNode scheduled = api.body(schedule(TestIdentity.CENTRE, caseId, 0,
                ApprovalApi.today().plusDays(3)).expectStatus().isOk());
        assertThat(scheduled.get("jointInspection").get("date").asString())
                .isEqualTo(ApprovalApi.today().plusDays(3).toString());
        api.ruleViolation(api.decide(officerOf("zrj"), caseId, zrjItem, decision(2, "APPROVE", "reasons", "符合规划")),
                "joint-inspection-held");

        // Moved to today, by a department taking part, on the inspection as it now is.
        long revision = scheduled.get("jointInspection").get("revision").asLong();
        assertThat(revision).isEqualTo(1);
        api.problem(schedule(officerOf("xfsy"), caseId, 0, ApprovalApi.today()), 409, "stale-version");
        JsonNode today = api.body(schedule(officerOf("xfsy"), caseId, revision, ApprovalApi.today())
                .expectStatus().isOk());
        assertThat(today.get("jointInspection").get("revision").asLong()).isEqualTo(2);
        List<EventEnvelope> inspections = api.events(projectId, ofType("approval.joint-inspection-scheduled"), 2);
        assertThat(inspections.get(1).data().get("inspectionDate").asString())
                .isEqualTo(ApprovalApi.today().toString());
        assertThat(inspections.get(1).data().get("place").asString()).isEqualTo("项目现场东门");
        assertThat(inspections.get(1).actorid()).isEqualTo("xfsy-officer");

        for (Map.Entry<String, String> department : COMPLETION_ACCEPTANCE_ITEMS.entrySet()) {
            if (!department.getKey().equals("zrj")) {
                api.decided(department.getKey(), caseId, department.getValue(), "ACCEPT");
            }
            api.decided(department.getKey(), caseId, department.getValue(), "APPROVE", "reasons", "验收合格");
        }

        JsonNode completed = api.caseOf(caseId);
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.get("items")).allSatisfy(item -> assertThat(item.get("state").asString())
                .isEqualTo("APPROVED"));
        EventEnvelope stageCompleted = api.exactlyEvents(projectId, ofType("approval.stage-completed"), 1).get(0);
        assertThat(stageCompleted.data().get("stage").asString()).isEqualTo(COMPLETION_ACCEPTANCE);
        assertThat(stageCompleted.data().get("projectId").asString()).isEqualTo(projectId);
        assertThat(stageCompleted.data().get("completedAt").isNull()).isFalse();
    }

    @Test
    void the_joint_inspection_is_arranged_only_by_the_centre_or_a_department_taking_part_and_with_valid_input() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, COMPLETION_ACCEPTANCE).get("caseId").asString();
        JsonNode before = api.caseOf(caseId);
        LocalDate day = ApprovalApi.today().plusDays(2);

        api.problem(schedule(officerOf("rfb"), caseId, 0, day), 403, "forbidden");
        for (CurrentUser user : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER, TestIdentity.LEADER)) {
            api.problem(schedule(user, caseId, 0, day), 403, "role-not-allowed");
        }
        assertThat(api.invalidFields(schedule(TestIdentity.CENTRE, caseId, 0, ApprovalApi.today().minusDays(1))))
                .containsExactly("date");
        assertThat(api.invalidFields(put(TestIdentity.CENTRE, caseId, Map.of("revision", 0, "date", day.toString()))))
                .containsExactly("place");
        assertThat(api.invalidFields(put(TestIdentity.CENTRE, caseId, Map.of("revision", 0, "date", day.toString(),
                "place", "地".repeat(201))))).containsExactly("place");
        assertThat(api.invalidFields(put(TestIdentity.CENTRE, caseId, Map.of("date", day.toString(),
                "place", "项目现场"))))
                .containsExactly("revision");
        api.problem(put(TestIdentity.CENTRE, caseId, Map.of("revision", 0, "date", "tomorrow", "place", "项目现场")),
                400, "unreadable-request");
        api.problem(schedule(TestIdentity.CENTRE, caseId, 1, day), 409, "stale-version");
        api.problem(schedule(TestIdentity.CENTRE, "no-such-case", 0, day), 404, "not-found");

        assertThat(api.caseOf(caseId)).isEqualTo(before);

        // Only completion acceptance is inspected jointly.
        String otherCase = api.opened(api.knownProject(), CONSTRUCTION_PERMIT).get("caseId").asString();
        api.ruleViolation(schedule(TestIdentity.CENTRE, otherCase, 1, day),
                "joint-inspection-only-in-joint-acceptance");
        assertThat(item(api.caseOf(otherCase), "CONSTRUCTION_PERMIT_ISSUE").get("version").asLong()).isEqualTo(1);
    }

    private ResponseSpec schedule(CurrentUser user, String caseId, long revision, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("revision", revision);
        body.put("date", date.toString());
        body.put("place", "  项目现场东门  ");
        return put(user, caseId, body);
    }

    private ResponseSpec put(CurrentUser user, String caseId, Object body) {
        return api.as(user).put().uri("/api/approvals/cases/{id}/joint-inspection", caseId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }
}

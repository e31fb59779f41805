package city.keyprojects.approval.cases.web;

import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.decision;
import static city.keyprojects.approval.cases.web.ApprovalApi.item;
import static city.keyprojects.approval.cases.web.ApprovalApi.ofType;
import static city.keyprojects.approval.cases.web.ApprovalApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import city.keyprojects.platform.testing.MovableClock;
import city.keyprojects.approval.cases.application.WatchingApprovalClocks;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's answers: resubmitting an item returned for correction (补正) and delivering the materials owed
 * after an acceptance with deficiencies (容缺受理); only the applicant enterprise or its project officer answers.
 */
class ApplicantAnswersIntegrationTest extends UsingTheApprovalApi {

    private static final String ZJJ_ITEM = CONSTRUCTION_PERMIT_ITEMS.get("zjj");

    @Autowired
    WatchingApprovalClocks watching;
    @Autowired
    MovableClock clock;

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void an_item_returned_for_correction_is_resubmitted_and_waits_for_its_department_again() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT");
        JsonNode returned = item(api.decided("zjj", caseId, ZJJ_ITEM, "RETURN_FOR_CORRECTION", "reasons",
                "施工图缺少结构计算书"), ZJJ_ITEM);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED_FOR_CORRECTION");
        assertThat(returned.get("clockStopped").asBoolean()).isTrue();
        long version = returned.get("version").asLong();

        // Not another enterprise, not an officer not assigned, not a department: nothing changes.
        JsonNode before = api.caseOf(caseId);
        api.problem(api.answer(TestIdentity.OTHER_ENTERPRISE, caseId, ZJJ_ITEM, "resubmission", version), 403,
                "forbidden");
        api.problem(api.answer(TestIdentity.OTHER_OFFICER, caseId, ZJJ_ITEM, "resubmission", version), 403,
                "forbidden");
        api.problem(api.answer(officerOf("zjj"), caseId, ZJJ_ITEM, "resubmission", version), 403,
                "role-not-allowed");
        api.problem(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "resubmission", version - 1), 409,
                "stale-version");
        api.problem(api.answer(TestIdentity.ENTERPRISE, caseId, "NO_SUCH_ITEM", "resubmission", version), 404,
                "not-found");
        assertThat(api.caseOf(caseId)).isEqualTo(before);

        JsonNode resubmitted = item(api.body(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "resubmission",
                version).expectStatus().isOk()), ZJJ_ITEM);
        assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("version").asLong()).isEqualTo(version + 1);
        assertThat(resubmitted.get("clockStopped").asBoolean()).isFalse();
        JsonNode step = resubmitted.get("steps").get(resubmitted.get("steps").size() - 1);
        assertThat(step.get("action").asString()).isEqualTo("RESUBMITTED");
        assertThat(step.get("by").asString()).isEqualTo("enterprise");

        EventEnvelope event = api.exactlyEvents(projectId, ofType("approval.item-resubmitted"), 1).get(0);
        assertThat(event.actorid()).isEqualTo("enterprise");
        assertThat(event.data().get("itemCode").asString()).isEqualTo(ZJJ_ITEM);

        // Submitted again: not resubmitted twice, and back in the department's hands.
        api.ruleViolation(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "resubmission", version + 1),
                "resubmission-needs-return");
        assertThat(item(api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT"), ZJJ_ITEM).get("state").asString())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void the_projects_officer_resubmits_for_the_enterprise() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        String code = CONSTRUCTION_PERMIT_ITEMS.get("xfsy");
        long version = item(api.decided("xfsy", caseId, code, "RETURN_FOR_CORRECTION", "reasons", "缺少消防设计说明"),
                code).get("version").asLong();

        JsonNode resubmitted = item(api.body(api.answer(TestIdentity.OFFICER, caseId, code, "resubmission", version)
                .expectStatus().isOk()), code);

        assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(api.events(projectId, ofType("approval.item-resubmitted"), 1).get(0).actorid())
                .isEqualTo(TestIdentity.OFFICER.id());
    }

    @Test
    void missing_materials_are_delivered_after_an_acceptance_with_deficiencies_and_the_item_is_then_approved() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        JsonNode deficient = item(api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT_WITH_DEFICIENCIES", "missingMaterials",
                List.of("  岩土工程勘察报告 ", "节能计算书"), "cureDeadline",
                ApprovalApi.today().plusDays(10).toString()), ZJJ_ITEM);
        assertThat(deficient.get("state").asString()).isEqualTo("ACCEPTED_WITH_DEFICIENCIES");
        assertThat(deficient.get("missingMaterials")).extracting(JsonNode::asString)
                .containsExactly("岩土工程勘察报告", "节能计算书");
        long version = deficient.get("version").asLong();

        api.ruleViolation(api.decide(officerOf("zjj"), caseId, ZJJ_ITEM, decision(version, "APPROVE")),
                "deficiencies-cured-before-approval");
        JsonNode before = api.caseOf(caseId);
        api.problem(api.answer(TestIdentity.OTHER_ENTERPRISE, caseId, ZJJ_ITEM, "cure", version), 403, "forbidden");
        api.problem(api.answer(TestIdentity.LEADER, caseId, ZJJ_ITEM, "cure", version), 403, "role-not-allowed");
        // A resubmission is for returned items, not for deficiencies.
        api.ruleViolation(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "resubmission", version),
                "resubmission-needs-return");
        assertThat(api.caseOf(caseId)).isEqualTo(before);

        JsonNode cured = item(api.body(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "cure", version)
                .expectStatus().isOk()), ZJJ_ITEM);
        assertThat(cured.get("state").asString()).isEqualTo("ACCEPTED");
        assertThat(cured.get("version").asLong()).isEqualTo(version + 1);
        api.exactlyEvents(projectId, ofType("approval.item-deficiencies-cured"), 1);

        api.ruleViolation(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "cure", version + 1),
                "cure-needs-deficiencies");
        assertThat(item(api.decided("zjj", caseId, ZJJ_ITEM, "APPROVE"), ZJJ_ITEM).get("state").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void a_malformed_answer_is_a_400_problem_and_changes_nothing() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("zjj", caseId, ZJJ_ITEM, "RETURN_FOR_CORRECTION", "reasons", "缺页");
        JsonNode before = api.caseOf(caseId);

        for (String body : List.of("{}", "{\"version\": 0}", "{\"version\": -3}", "{\"note\": \"没有版本\"}",
                "{\"version\": 2, \"note\": \"" + "长".repeat(2001) + "\"}",
                "{\"version\": 2, \"state\": \"SUBMITTED\"}", "{\"version\": \"2x\"}", "{\"version\": 2,")) {
            JsonNode problem = api.body(api.as(TestIdentity.ENTERPRISE).post()
                    .uri("/api/approvals/cases/{id}/items/{code}/resubmission", caseId, ZJJ_ITEM)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().isBadRequest());
            assertThat(problem.get("type").asString()).as(body).isIn(ApprovalApi.PROBLEMS + "unreadable-request",
                    ApprovalApi.PROBLEMS + "validation");
        }

        assertThat(api.caseOf(caseId)).isEqualTo(before);
    }

    @Test
    void a_suspended_item_cured_in_time_resumes_with_its_due_date_moved_by_the_days_it_stood_still() {
        LocalDate today = ApprovalApi.today();
        LocalDate later = today.plusDays(7);
        Assumptions.assumeTrue(later.plusDays(21).getYear() == today.getYear(),
                "the working-day calendar may not know " + later.plusDays(21).getYear() + " yet");
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        JsonNode deficient = item(api.decided("zjj", caseId, ZJJ_ITEM, "ACCEPT_WITH_DEFICIENCIES",
                "missingMaterials", List.of("节能计算书"), "cureDeadline", today.plusDays(1).toString()), ZJJ_ITEM);
        LocalDate dueBefore = LocalDate.parse(deficient.get("dueDate").asString());

        clock.moveOn(Duration.ofDays(7));
        try {
            watching.passTime(later).block(Duration.ofSeconds(60));
            JsonNode suspended = item(api.caseOf(caseId), ZJJ_ITEM);
            assertThat(suspended.get("state").asString()).isEqualTo("SUSPENDED");
            assertThat(suspended.get("clockStopped").asBoolean()).isTrue();
            assertThat(suspended.get("suspendedOn").asString()).isEqualTo(today.plusDays(2).toString());
            assertThat(LocalDate.parse(suspended.get("lastDayToCure").asString())).isAfter(later);
            EventEnvelope event = api.exactlyEvents(projectId, ofType("approval.item-suspended"), 1).get(0);
            assertThat(event.actorid()).isEqualTo("system");

            // Suspended for missing materials: only their delivery (or a rejection) moves it on.
            api.ruleViolation(api.decide(officerOf("zjj"), caseId, ZJJ_ITEM,
                    decision(suspended.get("version").asLong(), "APPROVE")), "decision-allowed-in-state");
            JsonNode cured = item(api.body(api.answer(TestIdentity.ENTERPRISE, caseId, ZJJ_ITEM, "cure",
                    suspended.get("version").asLong()).expectStatus().isOk()), ZJJ_ITEM);
            assertThat(cured.get("state").asString()).isEqualTo("ACCEPTED");
            assertThat(cured.get("clockStopped").asBoolean()).isFalse();
            assertThat(LocalDate.parse(cured.get("dueDate").asString())).isAfter(dueBefore);
            EventEnvelope curedEvent = api.events(projectId, ofType("approval.item-deficiencies-cured"), 1).get(0);
            assertThat(curedEvent.data().get("wasSuspended").asBoolean()).isTrue();
            assertThat(curedEvent.data().get("dueDate").asString()).isEqualTo(cured.get("dueDate").asString());
            EventEnvelope moved = api.events(projectId, ofType("approval.item-due-date-changed"), 1).get(0);
            assertThat(moved.data().get("previousDueDate").asString()).isEqualTo(dueBefore.toString());
            assertThat(moved.data().get("dueDate").asString()).isEqualTo(cured.get("dueDate").asString());
        } finally {
            clock.reset();
        }
    }

    @Test
    void an_item_suspended_too_long_is_returned_and_a_resubmission_starts_its_clock_over() {
        LocalDate today = ApprovalApi.today();
        LocalDate later = today.plusDays(24);
        Assumptions.assumeTrue(later.plusDays(7).getYear() == today.getYear(),
                "the working-day calendar may not know " + later.plusDays(7).getYear() + " yet");
        String code = CONSTRUCTION_PERMIT_ITEMS.get("spj");
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("spj", caseId, code, "ACCEPT_WITH_DEFICIENCIES", "missingMaterials", List.of("施工合同"),
                "cureDeadline", today.plusDays(1).toString());

        clock.moveOn(Duration.ofDays(24));
        try {
            watching.passTime(later).block(Duration.ofSeconds(60));
            JsonNode returned = item(api.caseOf(caseId), code);
            assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
            api.exactlyEvents(projectId, ofType("approval.item-suspended"), 1);
            EventEnvelope returnedEvent = api.events(projectId, ofType("approval.item-returned"), 1).get(0);
            assertThat(returnedEvent.data().get("returnedOn").asString()).isEqualTo(later.toString());
            long version = returned.get("version").asLong();
            api.ruleViolation(api.answer(TestIdentity.ENTERPRISE, caseId, code, "cure", version),
                    "cure-needs-deficiencies");

            JsonNode resubmitted = item(api.body(api.answer(TestIdentity.ENTERPRISE, caseId, code, "resubmission",
                    version).expectStatus().isOk()), code);
            assertThat(resubmitted.get("state").asString()).isEqualTo("SUBMITTED");
            assertThat(resubmitted.get("startedOn").asString()).isEqualTo(later.toString());
            assertThat(resubmitted.get("elapsedWorkingDays").asInt()).isZero();
            assertThat(LocalDate.parse(resubmitted.get("dueDate").asString())).isAfter(later);
            EventEnvelope event = api.events(projectId, ofType("approval.item-resubmitted"), 1).get(0);
            assertThat(event.data().get("restarted").asBoolean()).isTrue();
            assertThat(event.data().get("dueDate").asString()).isEqualTo(resubmitted.get("dueDate").asString());
        } finally {
            clock.reset();
        }
    }
}

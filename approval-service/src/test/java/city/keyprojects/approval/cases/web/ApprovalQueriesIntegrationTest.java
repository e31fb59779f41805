package city.keyprojects.approval.cases.web;

import static city.keyprojects.approval.cases.web.ApprovalApi.COMPLETION_ACCEPTANCE;
import static city.keyprojects.approval.cases.web.ApprovalApi.COMPLETION_ACCEPTANCE_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT;
import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.ofType;
import static city.keyprojects.approval.cases.web.ApprovalApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.platform.testing.MovableClock;
import city.keyprojects.approval.cases.application.WatchingApprovalClocks;
import city.keyprojects.approval.cases.domain.DeficiencyCure;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;

/**
 * Queries across cases: a department's queue by due date, the overdue items (and their escalation, once per
 * level), department statistics. The database is shared with the other test classes, so each test looks for its
 * own cases and compares before with after where it counts.
 */
class ApprovalQueriesIntegrationTest extends UsingTheApprovalApi {

    @Autowired
    WatchingApprovalClocks watching;
    @Autowired
    MovableClock clock;
    @Autowired
    WorkingDayCalendar calendar;

    @AfterAll
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_department_officer_reads_the_own_queue_soonest_due_first_with_waiting_items_last() {
        String projectId = api.knownProject();
        String permit = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        String acceptance = api.opened(projectId, COMPLETION_ACCEPTANCE).get("caseId").asString();
        String returnedProject = api.knownProject();
        String returned = api.opened(returnedProject, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("zjj", returned, CONSTRUCTION_PERMIT_ITEMS.get("zjj"), "RETURN_FOR_CORRECTION", "reasons", "缺图");
        // A decided item leaves the queue.
        String decidedProject = api.knownProject();
        String decided = api.opened(decidedProject, CONSTRUCTION_PERMIT).get("caseId").asString();
        api.decided("zjj", decided, CONSTRUCTION_PERMIT_ITEMS.get("zjj"), "ACCEPT");
        api.decided("zjj", decided, CONSTRUCTION_PERMIT_ITEMS.get("zjj"), "APPROVE");

        JsonNode queue = api.body(queue(officerOf("zjj"), "size=100").expectStatus().isOk());

        assertThat(queue.get("department").asString()).isEqualTo("zjj");
        assertThat(queue.get("total").asLong()).isLessThanOrEqualTo(100);
        List<JsonNode> entries = new ArrayList<>();
        queue.get("items").forEach(entries::add);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.get("item").get("department").asString()).isEqualTo("zjj");
            assertThat(entry.get("item").get("state").asString()).isNotIn("APPROVED", "REJECTED");
        });
        List<String> cases = entries.stream().map(entry -> entry.get("caseId").asString()).toList();
        assertThat(cases).contains(permit, acceptance, returned).doesNotContain(decided);
        // The five-day joint acceptance comes before the ten-day drawing review; the returned item waits last.
        assertThat(cases.indexOf(acceptance)).isLessThan(cases.indexOf(permit));
        assertThat(cases.indexOf(permit)).isLessThan(cases.indexOf(returned));
        assertThat(entries.get(cases.indexOf(acceptance)).get("item").get("code").asString())
                .isEqualTo(COMPLETION_ACCEPTANCE_ITEMS.get("zjj"));
        assertThat(entries.get(cases.indexOf(returned)).get("item").get("clockStopped").asBoolean()).isTrue();
        List<JsonNode> running = entries.stream()
                .filter(entry -> !entry.get("item").get("clockStopped").asBoolean()).toList();
        assertThat(running).extracting(entry -> LocalDate.parse(entry.get("item").get("dueDate").asString()))
                .isSorted();
        assertThat(entries.subList(running.size(), entries.size()))
                .allSatisfy(entry -> assertThat(entry.get("item").get("clockStopped").asBoolean()).isTrue());

        // The centre names the department; the queue is the same.
        JsonNode centres = api.body(queue(TestIdentity.CENTRE, "department=zjj&size=100").expectStatus().isOk());
        assertThat(centres.get("items")).extracting(entry -> entry.get("caseId").asString())
                .containsExactlyElementsOf(cases);
        // Paging.
        JsonNode second = api.body(queue(officerOf("zjj"), "page=1&size=1").expectStatus().isOk());
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("caseId").asString()).isEqualTo(cases.get(1));
    }

    @Test
    void another_departments_queue_is_refused_and_the_centre_must_name_the_department() {
        api.problem(queue(officerOf("zjj"), "department=xfsy"), 403, "forbidden");
        assertThat(api.invalidFields(queue(TestIdentity.CENTRE, ""))).containsExactly("department");
        assertThat(api.invalidFields(queue(TestIdentity.LEADER, ""))).containsExactly("department");
        assertThat(api.invalidFields(queue(officerOf("zjj"), "size=101"))).containsExactly("size");
        assertThat(api.invalidFields(queue(officerOf("zjj"), "size=0"))).containsExactly("size");
        assertThat(api.invalidFields(queue(officerOf("zjj"), "page=-1"))).containsExactly("page");
        assertThat(api.invalidFields(queue(TestIdentity.CENTRE, "department=ZJJ;drop"))).containsExactly("department");
        api.problem(queue(officerOf("zjj"), "size=many"), 400, "unreadable-request");
        for (CurrentUser user : List.of(TestIdentity.ENTERPRISE, TestIdentity.OFFICER)) {
            api.problem(queue(user, ""), 403, "role-not-allowed");
            api.problem(overdue(user, ""), 403, "role-not-allowed");
            api.problem(statistics(user, "from=2026-01-01&to=2026-01-31"), 403, "role-not-allowed");
        }
    }

    @Test
    void items_past_their_limit_are_listed_and_escalated_once_per_level() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        // Four weeks on, every item is at least five working days past its limit (the city level).
        LocalDate later = ApprovalApi.today().plusDays(28);
        Assumptions.assumeTrue(later.getYear() == ApprovalApi.today().getYear(),
                "the working-day calendar may not know " + later.getYear() + " yet");

        clock.moveOn(Duration.ofDays(28));
        try {
            assertThat(watching.passTime(later).block(Duration.ofSeconds(60))).isPositive();

            List<EventEnvelope> overdue = api.exactlyEvents(projectId, ofType("approval.item-overdue"), 12);
            Map<String, List<Integer>> levels = overdue.stream().collect(Collectors.groupingBy(
                    event -> event.data().get("itemCode").asString(),
                    Collectors.mapping(event -> event.data().get("level").asInt(), Collectors.toList())));
            assertThat(levels).containsOnlyKeys(CONSTRUCTION_PERMIT_ITEMS.values());
            assertThat(levels.values()).allSatisfy(reported -> assertThat(reported).containsExactly(1, 2, 3));
            assertThat(overdue).allSatisfy(event -> {
                assertThat(event.actorid()).isEqualTo("system");
                assertThat(event.aggregateid()).isEqualTo(caseId);
                assertThat(event.data().get("escalatedTo").asString())
                        .isEqualTo(List.of("DEPARTMENT_HEAD", "RESPONSIBLE_LEADER", "CITY")
                                .get(event.data().get("level").asInt() - 1));
            });

            // Time passing again to the same day reports nothing new.
            assertThat(watching.passTime(later).block(Duration.ofSeconds(60))).isZero();
            api.exactlyEvents(projectId, ofType("approval.item-overdue"), 12);

            JsonNode city = api.body(overdue(TestIdentity.CENTRE, "size=100").expectStatus().isOk());
            List<JsonNode> ours = entriesOf(city, caseId);
            assertThat(ours).extracting(entry -> entry.get("item").get("code").asString())
                    .containsExactlyInAnyOrderElementsOf(CONSTRUCTION_PERMIT_ITEMS.values());
            assertThat(ours).allSatisfy(entry -> {
                assertThat(entry.get("item").get("overdue").asBoolean()).isTrue();
                assertThat(entry.get("item").get("workingDaysOverdue").asInt()).isGreaterThanOrEqualTo(5);
            });
            assertThat(city.get("items")).extracting(entry -> LocalDate.parse(entry.get("item").get("dueDate")
                    .asString())).isSorted();

            JsonNode zjj = api.body(overdue(officerOf("zjj"), "department=zjj&size=100").expectStatus().isOk());
            assertThat(zjj.get("items")).allSatisfy(entry -> assertThat(entry.get("item").get("department")
                    .asString()).isEqualTo("zjj"));
            assertThat(entriesOf(zjj, caseId)).hasSize(1);
            // A department's own is the default, as for its queue.
            assertThat(api.body(overdue(officerOf("zjj"), "size=100").expectStatus().isOk())).isEqualTo(zjj);
            api.problem(overdue(officerOf("zjj"), "department=xfsy"), 403, "forbidden");
        } finally {
            clock.reset();
        }
        // As of today the same items are not overdue.
        JsonNode now = api.body(overdue(TestIdentity.LEADER, "size=100").expectStatus().isOk());
        assertThat(entriesOf(now, caseId)).isEmpty();
    }

    @Test
    void an_item_returned_and_resubmitted_is_escalated_again_when_its_new_clock_runs_out() {
        LocalDate today = ApprovalApi.today();
        String code = CONSTRUCTION_PERMIT_ITEMS.get("spj");
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        LocalDate firstDue = LocalDate.parse(ApprovalApi.item(api.caseOf(caseId), code).get("dueDate").asString());
        LocalDate firstOverdue = calendar.addWorkingDays(firstDue, 1);
        LocalDate cureDeadline = firstOverdue.plusDays(1);
        LocalDate returnedOn = DeficiencyCure.lastDayToCure(cureDeadline, calendar).plusDays(1);
        LocalDate secondOverdue = calendar.addWorkingDays(calendar.addWorkingDays(returnedOn, 2), 1);
        Assumptions.assumeTrue(secondOverdue.getYear() == today.getYear(),
                "the working-day calendar may not know " + secondOverdue.getYear() + " yet");
        api.decided("spj", caseId, code, "ACCEPT_WITH_DEFICIENCIES", "missingMaterials", List.of("施工合同"),
                "cureDeadline", cureDeadline.toString());

        try {
            // Overdue while the materials are still owed: reported to the department's head.
            passTimeTo(today, firstOverdue);
            assertThat(api.events(projectId, overdueOf(code), 1).get(0).data().get("level").asInt()).isEqualTo(1);
            // Never cured: suspended, then returned; resubmitted, it starts over with its full limit.
            passTimeTo(today, returnedOn);
            JsonNode returned = ApprovalApi.item(api.caseOf(caseId), code);
            assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
            JsonNode restarted = ApprovalApi.item(api.body(api.answer(TestIdentity.ENTERPRISE, caseId, code,
                    "resubmission", returned.get("version").asLong()).expectStatus().isOk()), code);
            assertThat(restarted.get("startedOn").asString()).isEqualTo(returnedOn.toString());

            passTimeTo(today, secondOverdue);
            JsonNode late = ApprovalApi.item(api.caseOf(caseId), code);
            assertThat(late.get("overdue").asBoolean()).isTrue();
            assertThat(late.get("workingDaysOverdue").asInt()).isEqualTo(1);
            List<EventEnvelope> overdue = api.events(projectId, overdueOf(code), 2);
            assertThat(overdue.get(1).data().get("dueDate").asString())
                    .isEqualTo(restarted.get("dueDate").asString());
            assertThat(overdue.get(1).data().get("level").asInt()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    private void passTimeTo(LocalDate today, LocalDate day) {
        clock.moveOn(Duration.ofDays(day.toEpochDay() - today.toEpochDay()));
        watching.passTime(day).block(Duration.ofSeconds(60));
    }

    private static java.util.function.Predicate<EventEnvelope> overdueOf(String code) {
        return event -> event.type().equals("approval.item-overdue")
                && event.data().get("itemCode").asString().equals(code);
    }

    @Test
    void statistics_count_what_a_department_decided_in_the_period() {
        LocalDate today = ApprovalApi.today();
        String period = "from=" + today + "&to=" + today;
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, CONSTRUCTION_PERMIT).get("caseId").asString();
        String code = CONSTRUCTION_PERMIT_ITEMS.get("zjj");
        JsonNode before = zjjStatistics(officerOf("zjj"), period);
        api.decided("zjj", caseId, code, "ACCEPT", "extendedHours", true);
        api.decided("zjj", caseId, code, "RETURN_FOR_CORRECTION", "reasons", "缺图");
        api.body(api.answer(TestIdentity.ENTERPRISE, caseId, code, "resubmission", api.itemVersion(caseId, code))
                .expectStatus().isOk());
        api.decided("zjj", caseId, code, "ACCEPT");
        api.decided("zjj", caseId, code, "APPROVE");

        JsonNode after = zjjStatistics(officerOf("zjj"), period);
        assertThat(delta(before, after, "itemsDecided")).isEqualTo(1);
        assertThat(delta(before, after, "decidedOnTime")).isEqualTo(1);
        assertThat(delta(before, after, "limitWorkingDays")).isEqualTo(10);
        assertThat(delta(before, after, "processedInParallel")).isEqualTo(1);
        assertThat(delta(before, after, "extendedHoursDecisions")).isEqualTo(1);
        assertThat(delta(before, after, "returnedForCorrection")).isEqualTo(1);
        assertThat(after.get("departmentName").asString()).isEqualTo("住房和城乡建设局");

        // The centre sees every department, in code order.
        JsonNode all = api.body(statistics(TestIdentity.CENTRE, period).expectStatus().isOk());
        assertThat(all.get("departments")).extracting(entry -> entry.get("department").asString())
                .contains("rfb", "spj", "xfsy", "zjj").isSorted();
        // A period before anything happened counts nothing.
        JsonNode empty = api.body(statistics(TestIdentity.CENTRE, "department=zjj&from=2025-01-01&to=2025-01-31")
                .expectStatus().isOk());
        assertThat(empty.get("departments").get(0).get("itemsDecided").asInt()).isZero();
    }

    @Test
    void statistics_need_a_valid_period_and_are_a_departments_own() {
        LocalDate today = ApprovalApi.today();
        assertThat(api.invalidFields(statistics(TestIdentity.CENTRE, "from=" + today + "&to=" + today.minusDays(1))))
                .containsExactly("to");
        assertThat(api.invalidFields(statistics(TestIdentity.CENTRE, "from=" + today.minusDays(400) + "&to="
                + today))).containsExactly("to");
        api.problem(statistics(TestIdentity.CENTRE, "from=2026-13-01&to=2026-12-31"), 400, "unreadable-request");
        api.problem(statistics(TestIdentity.CENTRE, "to=2026-12-31"), 400, "unreadable-request");
        assertThat(api.invalidFields(statistics(TestIdentity.CENTRE, "from=2026-01-01&to=2026-01-31&department=Z")))
                .containsExactly("department");
        api.problem(statistics(officerOf("zjj"), "from=2026-01-01&to=2026-01-31&department=xfsy"), 403, "forbidden");
        api.problem(statistics(officerOf("zjj"), "from=2026-01-01&to=2026-01-31"), 403, "forbidden");
        api.body(statistics(TestIdentity.LEADER, "from=2026-01-01&to=2026-01-31&department=xfsy").expectStatus()
                .isOk());
    }

    private JsonNode zjjStatistics(CurrentUser user, String period) {
        JsonNode answer = api.body(statistics(user, "department=zjj&" + period).expectStatus().isOk());
        assertThat(answer.get("departments")).hasSize(1);
        return answer.get("departments").get(0);
    }

    private static int delta(JsonNode before, JsonNode after, String field) {
        return after.get(field).asInt() - before.get(field).asInt();
    }

    private static List<JsonNode> entriesOf(JsonNode page, String caseId) {
        List<JsonNode> entries = new ArrayList<>();
        page.get("items").forEach(entry -> {
            if (entry.get("caseId").asString().equals(caseId)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    private ResponseSpec queue(CurrentUser user, String query) {
        return api.as(user).get().uri("/api/approvals/queue?" + query).exchange();
    }

    private ResponseSpec overdue(CurrentUser user, String query) {
        return api.as(user).get().uri("/api/approvals/overdue?" + query).exchange();
    }

    private ResponseSpec statistics(CurrentUser user, String query) {
        return api.as(user).get().uri("/api/approvals/statistics?" + query).exchange();
    }
}

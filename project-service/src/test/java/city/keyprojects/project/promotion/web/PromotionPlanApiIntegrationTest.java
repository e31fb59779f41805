package city.keyprojects.project.promotion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.promotion.application.DetectingOverdueTasks;
import city.keyprojects.project.registry.web.ProjectView;

/**
 * Drawing up, changing and reading promotion plans over HTTP, the overdue detection and the supervision list.
 * The project here is an urban-construction one (no onboarding clock), assigned to {@link TestIdentity#OFFICER}.
 * Target dates are counted from today: the working-day calendar must cover them.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class PromotionPlanApiIntegrationTest {

    static final String PROJECT = """
            {"name":"城东污水处理厂提标改造","ownerName":"市水务集团","district":"371402",
             "sector":"URBAN_CONSTRUCTION","level":"MUNICIPAL_KEY","totalInvestment":"320000000.00"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    DetectingOverdueTasks detecting;
    @Autowired
    EventCodec codec;

    String projectId;
    LocalDate today;
    LocalDate start;

    @BeforeEach
    void aProjectAssignedToAnOfficer() {
        today = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
        start = today.plusDays(7);
        projectId = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PROJECT).exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", projectId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("department", "市水务局", "officer", TestIdentity.OFFICER.id()))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void the_officer_draws_up_the_plan_backwards_from_the_targets_and_staff_read_it() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            as(TestIdentity.OFFICER).put().uri("/api/projects/{id}/promotion-plan", projectId)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, true))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.projectId").isEqualTo(projectId)
                    .jsonPath("$.targetStart").isEqualTo(start.toString())
                    .jsonPath("$.tasks.length()").isEqualTo(3)
                    .jsonPath("$.version").isEqualTo(1);

            PromotionPlanView plan = as(TestIdentity.LEADER).get()
                    .uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                    .expectStatus().isOk()
                    .expectBody(PromotionPlanView.class).returnResult().getResponseBody();
            PromotionPlanView.TaskView permit = task(plan, "construction-permit");
            assertThat(permit.ownerDepartment()).isEqualTo("市行政审批服务局");
            assertThat(permit.ownerPerson()).isEqualTo("王科长");
            assertThat(calendar.isWorkingDay(permit.dueDate())).isTrue();
            assertThat(calendar.workingDaysBetween(permit.dueDate(), start)).isEqualTo(3);
            assertThat(permit.overdue()).isFalse();
            // Approval 40 working days before a start a week away: already late, shown as overdue.
            PromotionPlanView.TaskView approval = task(plan, "project-approval");
            assertThat(calendar.workingDaysBetween(approval.dueDate(), start)).isEqualTo(40);
            assertThat(approval.overdue()).isTrue();
            as(TestIdentity.ZJJ_OFFICER).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                    .expectStatus().isOk();

            EventEnvelope drawnUp = events.awaitEnvelopes(codec, projectId,
                    PublishedEvents.ofType("project.promotion-plan-drawn-up"), 1).get(0);
            assertThat(drawnUp.actorid()).isEqualTo("officer");
            assertThat(drawnUp.data().get("tasks").size()).isEqualTo(3);
            assertThat(drawnUp.data().get("targetStart").asString()).isEqualTo(start.toString());
        }
    }

    @Test
    void an_overdue_task_is_published_once_and_listed_for_supervision() {
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/promotion-plan", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, true))
                .exchange().expectStatus().isOk();
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            detecting.detectOverdue(today).block();
            detecting.detectOverdue(today).block();

            EventEnvelope overdue = events.awaitEnvelopes(codec, projectId,
                    PublishedEvents.ofType("project.task-overdue"), 1).get(0);
            assertThat(overdue.data().get("taskId").asString()).isEqualTo("project-approval");
            assertThat(overdue.data().get("ownerDepartment").asString()).isEqualTo("市发改委");
            assertThat(overdue.data().get("workingDaysOverdue").asInt()).isPositive();
            assertThat(overdue.actorid()).isEqualTo("system");
            assertThat(PublishedEvents.envelopes(codec, events.drain(Duration.ofSeconds(2)), projectId,
                    PublishedEvents.ofType("project.task-overdue"))).hasSize(1);
        }

        as(TestIdentity.LEADER).get().uri("/api/promotion-tasks/overdue?size=100").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.size").isEqualTo(100)
                .jsonPath("$.items[?(@.projectId == '%s')].taskId".formatted(projectId))
                .isEqualTo(List.of("project-approval"));
        as(TestIdentity.LEADER).get().uri("/api/promotion-tasks/overdue?size=101").exchange()
                .expectStatus().isBadRequest();
        as(TestIdentity.ENTERPRISE).get().uri("/api/promotion-tasks/overdue").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void tasks_are_added_and_completed_once_and_a_redrawn_plan_keeps_them() {
        as(TestIdentity.OFFICER).post().uri("/api/projects/{id}/promotion-plan/tasks", projectId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "环评批复", "ownerDepartment", "市生态环境局", "ownerPerson", "孙科长",
                        "dueDate", today.plusDays(3).toString()))
                .exchange()
                .expectStatus().isCreated()
                .expectBody().jsonPath("$.tasks[0].taskId").isEqualTo("custom-1")
                .jsonPath("$.tasks[0].kind").isEqualTo("CUSTOM");
        String completion = "/api/projects/{id}/promotion-plan/tasks/{taskId}/completion";

        expectRule(as(TestIdentity.OFFICER).post().uri(completion, projectId, "custom-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("completedOn", today.plusDays(1).toString())), "completion-not-in-future");
        as(TestIdentity.OFFICER).post().uri(completion, projectId, "custom-1").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("completedOn", today.toString()))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.tasks[0].completedOn").isEqualTo(today.toString());
        expectRule(as(TestIdentity.OFFICER).post().uri(completion, projectId, "custom-1")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("completedOn", today.toString())), "task-completed-once");
        as(TestIdentity.OFFICER).post().uri(completion, projectId, "no-such-task")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("completedOn", today.toString()))
                .exchange()
                .expectStatus().isNotFound();

        as(TestIdentity.OFFICER).put().uri("/api/projects/{id}/promotion-plan", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, false))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tasks[?(@.taskId == 'custom-1')].completedOn").isEqualTo(List.of(today.toString()))
                .jsonPath("$.tasks[*].taskId").value((Object ids) -> assertThat((List<Object>) ids).containsExactlyInAnyOrder(
                        "custom-1", "site-handover", "construction-permit", "completion-acceptance"));
    }

    @Test
    void bad_input_is_a_problem_and_stores_nothing() {
        String valid = plan(start, true);
        expectProblem(valid.substring(0, 20), 400, "unreadable-request");
        expectProblem(valid.replace("\"CONSTRUCTION_PERMIT\"", "\"SPACE_STATION\""), 400, "unreadable-request");
        expectProblem(valid.replace(start.toString(), "2026-13-45"), 400, "unreadable-request");
        expectProblem(valid.replace(start.toString() + "\"", "\",\"version\":3"), 400, "unreadable-request");
        expectProblem(valid.replace("\"ownerPerson\":\"王科长\"", "\"ownerPerson\":\"王科长\",\"dueDate\":\"2026-01-01\""),
                400, "unreadable-request");
        expectProblem(valid.replace("\"targetStart\":\"" + start + "\",", ""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("targetStart");
        expectProblem(valid.replace("\"CONSTRUCTION_PERMIT\"", "\"OFFICER_NAMED\""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("tasks[1].kind");
        expectProblem(valid.replace("\"CONSTRUCTION_PERMIT\"", "\"PROJECT_APPROVAL\""), 400, "validation")
                .jsonPath("$.errors[0].message").isEqualTo("is given twice");
        expectProblem(valid.replace("王科长", "长".repeat(101)), 400, "validation");
        expectProblem(valid.replace("\"王科长\"", "\"  \""), 400, "validation");
        expectProblem("{\"targetStart\":\"%s\",\"targetCompletion\":\"%s\",\"tasks\":[]}"
                .formatted(start, start.plusDays(10)), 400, "validation");
        expectProblem(plan(start, true).replace(start.plusDays(10).toString(), start.minusDays(1).toString()), 409,
                "rule-violation").jsonPath("$.rule").isEqualTo("target-dates-in-order");
        expectProblem(plan(today.minusDays(1), true), 409, "rule-violation")
                .jsonPath("$.rule").isEqualTo("target-dates-not-past");
        expectProblem(plan(start, true).replace("\"COMPLETION_ACCEPTANCE\"", "\"PRODUCTION_PERMITS\""), 409,
                "rule-violation").jsonPath("$.rule").isEqualTo("production-target-needed");

        String tasks = "/api/projects/{id}/promotion-plan/tasks";
        for (String body : List.of("{\"title\":\"x\"}", "{\"title\":\"x\",\"ownerDepartment\":\"d\","
                + "\"ownerPerson\":\"p\",\"dueDate\":\"tomorrow\"}", "{\"title\":\"" + "长".repeat(201)
                + "\",\"ownerDepartment\":\"d\",\"ownerPerson\":\"p\",\"dueDate\":\"" + today + "\"}")) {
            as(TestIdentity.CENTRE).post().uri(tasks, projectId).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange()
                    .expectStatus().isBadRequest();
        }
        expectRule(as(TestIdentity.CENTRE).post().uri(tasks, projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "x", "ownerDepartment", "d", "ownerPerson", "p",
                        "dueDate", today.minusDays(1).toString())), "due-date-not-past");

        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void another_officer_may_read_but_not_change_the_plan_and_an_unknown_project_is_404() {
        as(TestIdentity.OTHER_OFFICER).put().uri("/api/projects/{id}/promotion-plan", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, true))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/forbidden");
        as(TestIdentity.OTHER_OFFICER).post().uri("/api/projects/{id}/promotion-plan/tasks", projectId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", "x", "ownerDepartment", "d", "ownerPerson", "p",
                        "dueDate", today.toString()))
                .exchange()
                .expectStatus().isForbidden();
        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                .expectStatus().isNotFound();

        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/promotion-plan", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, true))
                .exchange().expectStatus().isOk();
        as(TestIdentity.OTHER_OFFICER).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                .expectStatus().isOk();
        as(TestIdentity.OTHER_OFFICER).post()
                .uri("/api/projects/{id}/promotion-plan/tasks/{taskId}/completion", projectId, "construction-permit")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("completedOn", today.toString()))
                .exchange()
                .expectStatus().isForbidden();
        as(TestIdentity.ENTERPRISE).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                .expectStatus().isForbidden();

        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/promotion-plan", "no-such-project")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(start, true))
                .exchange().expectStatus().isNotFound();
        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", "no-such-project").exchange()
                .expectStatus().isNotFound();
    }

    /** Three template tasks (approval and permit before the start, acceptance by completion); no production. */
    private static String plan(LocalDate start, boolean approval) {
        return """
                {"targetStart":"%s","targetCompletion":"%s","tasks":[
                 {"kind":"%s","ownerDepartment":"市发改委","ownerPerson":"刘主任"},
                 {"kind":"CONSTRUCTION_PERMIT","ownerDepartment":"市行政审批服务局","ownerPerson":"王科长"},
                 {"kind":"COMPLETION_ACCEPTANCE","ownerDepartment":"市住建局","ownerPerson":"赵工"}]}"""
                .formatted(start, start.plusDays(10), approval ? "PROJECT_APPROVAL" : "SITE_HANDOVER");
    }

    private WebTestClient.BodyContentSpec expectProblem(String body, int status, String type) {
        return as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/promotion-plan", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/" + type));
    }

    private static void expectRule(WebTestClient.RequestHeadersSpec<?> request, String rule) {
        request.exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo(rule);
    }

    private static PromotionPlanView.TaskView task(PromotionPlanView plan, String taskId) {
        return plan.tasks().stream().filter(task -> task.taskId().equals(taskId)).findFirst().orElseThrow();
    }

    private WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

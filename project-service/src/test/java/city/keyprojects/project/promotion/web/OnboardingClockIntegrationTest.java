package city.keyprojects.project.promotion.web;

import static city.keyprojects.platform.testing.PublishedEvents.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.promotion.application.RunningOnboardingClock;
import city.keyprojects.project.registry.web.ProjectView;

/** The onboarding clock end to end: registration → onboarding tasks; officer named → first task done. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class OnboardingClockIntegrationTest {

    static final String PROJECT = """
            {"name":"经开区新能源电池材料项目","ownerName":"某电池材料公司","district":"510703",
             "sector":"%s","level":"PROVINCIAL_KEY","totalInvestment":"1200000000.00"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    RunningOnboardingClock onboardingClock;
    @Autowired
    EventCodec codec;

    @Test
    void an_industrial_project_gets_its_onboarding_tasks_and_naming_the_officer_completes_the_first() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            String projectId = register("INDUSTRIAL");
            LocalDate registered = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);

            PromotionPlanView plan = awaitPlan(projectId, p -> p.tasks().size() == 4);
            assertThat(plan.tasks()).extracting(PromotionPlanView.TaskView::taskId).containsExactly("officer-named",
                    "site-survey", "land-supply-started", "promotion-meeting");
            assertThat(plan.tasks()).extracting(PromotionPlanView.TaskView::dueDate).containsExactly(
                    calendar.addWorkingDays(registered, 1), calendar.addWorkingDays(registered, 2),
                    calendar.addWorkingDays(registered, 3), calendar.addWorkingDays(registered, 5));

            // A redelivered registration changes nothing.
            EventEnvelope registration = events.awaitEnvelopes(codec, projectId, ofType("project.registered"), 1).get(0);
            onboardingClock.apply(registration).block();
            assertThat(plan(projectId).version()).isEqualTo(plan.version());

            as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", projectId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("department", "市经信局", "officer", TestIdentity.OFFICER.id()))
                    .exchange()
                    .expectStatus().isOk();

            PromotionPlanView named = awaitPlan(projectId, p -> p.tasks().get(0).completedOn() != null);
            assertThat(named.tasks().get(0).completedOn()).isEqualTo(registered);
            assertThat(named.tasks().subList(1, 4)).allSatisfy(task -> {
                assertThat(task.ownerPerson()).isEqualTo("officer");
                assertThat(task.ownerDepartment()).isEqualTo("市经信局");
            });
            assertThat(events.awaitEnvelopes(codec, projectId, ofType("project.task-added"), 4))
                    .allSatisfy(added -> {
                        assertThat(added.actorid()).isEqualTo("system");
                        // Numbered apart from the project's own events, which consumers apply once per sequence.
                        assertThat(added.aggregateid()).isEqualTo("promotion-plan-" + projectId);
                    });
            assertThat(events.awaitEnvelopes(codec, projectId, ofType("project.task-completed"), 1).get(0).data()
                    .get("taskId").asString())
                    .isEqualTo("officer-named");
            events.awaitEnvelopes(codec, projectId, ofType("project.task-owner-assigned"), 3);

            // A redelivered assignment changes nothing either.
            onboardingClock.apply(events.awaitEnvelopes(codec, projectId, ofType("project.responsibility-assigned"), 1)
                    .get(0)).block();
            assertThat(plan(projectId).version()).isEqualTo(named.version());
            // The officer now answers for the plan too.
            as(TestIdentity.OFFICER).post().uri("/api/projects/{id}/promotion-plan/tasks/{taskId}/completion",
                    projectId, "site-survey").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("completedOn", registered.toString()))
                    .exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void a_project_of_another_sector_gets_no_automatic_plan() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            String projectId = register("LIVELIHOOD");
            onboardingClock.apply(events.awaitEnvelopes(codec, projectId, ofType("project.registered"), 1).get(0)).block();

            as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                    .expectStatus().isNotFound();
        }
    }

    private String register(String sector) {
        return as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PROJECT.formatted(sector)).exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    private PromotionPlanView awaitPlan(String projectId, Predicate<PromotionPlanView> ready) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            boolean exists = as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", projectId)
                    .exchange().expectBody().returnResult().getStatus().is2xxSuccessful();
            if (exists) {
                PromotionPlanView plan = plan(projectId);
                if (ready.test(plan)) {
                    return plan;
                }
            }
            sleep();
        }
        throw new AssertionError("The onboarding clock did not get to project " + projectId + " in time");
    }

    private PromotionPlanView plan(String projectId) {
        return as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/promotion-plan", projectId).exchange()
                .expectStatus().isOk()
                .expectBody(PromotionPlanView.class).returnResult().getResponseBody();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private WebTestClient as(city.keyprojects.platform.security.CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

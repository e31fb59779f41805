package city.keyprojects.project.registry.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;

/**
 * A project's history is the whole of it: besides the project's own events, those of the records that belong to it
 * (the onboarding clock's tasks, its annual plan), in the order they happened.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectHistoryIntegrationTest {

    private static final String PROJECT = """
            {"name":"先导科技半导体激光雷达及传感器件产业化项目","district":"371402","sector":"INDUSTRIAL",
             "level":"PROVINCIAL_KEY","totalInvestment":"5000000000.00"}""";

    @Autowired
    WebTestClient client;

    @Test
    void the_history_of_a_project_includes_its_onboarding_tasks_and_its_annual_plan() {
        WebTestClient centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        String id = centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(PROJECT)
                .exchange().expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        String months = String.join(",", Collections.nCopies(12, "\"50000000.00\""));
        centre.put().uri("/api/projects/{id}/annual-plans/2026", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"revision\":0,\"annualAmount\":\"600000000.00\",\"monthlyAmounts\":[" + months + "]}")
                .exchange().expectStatus().isOk();

        // The onboarding clock reacts to the registration through Kafka: its tasks come a moment later.
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> centre.get()
                .uri("/api/projects/{id}/history", id).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(6)
                .jsonPath("$[0].type").isEqualTo("project.registered")
                .jsonPath("$[?(@.type == 'project.task-added')].data.kind").isEqualTo(List.of("OFFICER_NAMED",
                        "SITE_SURVEY", "LAND_SUPPLY_STARTED", "PROMOTION_MEETING"))
                .jsonPath("$[?(@.type == 'project.annual-plan-set')].actor.id").isEqualTo(List.of("centre")));
    }
}

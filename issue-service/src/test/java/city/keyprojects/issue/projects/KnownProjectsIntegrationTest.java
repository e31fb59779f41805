package city.keyprojects.issue.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.json.JsonMapper;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class KnownProjectsIntegrationTest {

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    @BeforeEach
    void signInAsALeader() {
        client = TestIdentity.shared().signedIn(client, TestIdentity.LEADER);
    }
    @Test
    void a_registered_project_delivered_twice_becomes_known_once() {
        String projectId = UUID.randomUUID().toString();
        var data = json.createObjectNode().put("projectId", projectId).put("name", "杨庄水库")
                .put("district", "371426").put("sector", "URBAN_CONSTRUCTION");
        EventEnvelope registered = new EventEnvelope("1.0", UUID.randomUUID().toString(), "/project-service",
                "project.registered", projectId, Instant.now(), "application/json", data, projectId, 1, "centre",
                "CITY_ADMIN", null, null);
        try (ForeignEvents projects = new ForeignEvents(codec)) {
            projects.publish("project.events.v1", registered);
            projects.publish("project.events.v1", registered);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status = 0;
        while (status != 200 && System.nanoTime() < deadline) {
            status = client.get().uri("/api/issues/projects/{id}", projectId).exchange()
                    .returnResult(String.class).getStatus().value();
        }
        assertThat(status).isEqualTo(200);
        client.get().uri("/api/issues/projects/{id}", projectId).exchange()
                .expectBody()
                .jsonPath("$.name").isEqualTo("杨庄水库")
                .jsonPath("$.district").isEqualTo("371426")
                .jsonPath("$.sector").isEqualTo("URBAN_CONSTRUCTION");
    }

    @Test
    void an_unknown_project_is_a_404_problem() {
        client.get().uri("/api/issues/projects/{id}", "never-registered").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}

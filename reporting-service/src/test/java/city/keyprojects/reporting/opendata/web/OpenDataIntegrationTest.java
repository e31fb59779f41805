package city.keyprojects.reporting.opendata.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OC4IDS package as an anonymous visitor downloads it. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class OpenDataIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    WebTestClient client;
    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    ReportSnapshots snapshots;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    @Test
    void anyone_downloads_the_public_projects_as_an_oc4ids_package_without_what_a_project_hides() {
        String projectId = UUID.randomUUID().toString();
        EventEnvelope registered = CONTRACT.exampleOfProject(codec, "project.registered", projectId);
        projection.apply(registered).block(Duration.ofSeconds(10));
        snapshots.refresh().block(Duration.ofSeconds(30));

        String body = client.get().uri("/api/reports/open-data/oc4ids").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode pack = json.readTree(body);

        assertThat(pack.get("version").asString()).isEqualTo("0.9");
        assertThat(pack.get("publisher").get("name").asString()).isEqualTo("重点项目建设保障中心");
        JsonNode project = null;
        for (JsonNode candidate : pack.get("projects")) {
            if (candidate.get("id").asString().equals("oc4ids-keyprojects-" + projectId)) {
                project = candidate;
            }
        }
        assertThat(project).as("the project in " + body).isNotNull();
        assertThat(project.get("status").asString()).isEqualTo("identification");
        assertThat(project.has("budget")).as("the example hides TOTAL_INVESTMENT").isFalse();
        assertThat(project.get("locations").get(0).get("geometry").get("coordinates").get(0).asDouble())
                .isEqualTo(104.7412);
        assertThat(body).doesNotContain("null").doesNotContain("91350100M000100Y43");
    }
}

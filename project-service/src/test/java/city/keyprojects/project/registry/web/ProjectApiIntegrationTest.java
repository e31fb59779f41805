package city.keyprojects.project.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.ProjectSearch;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectApiIntegrationTest {

    private static final String VALID = """
            {"name":"经开区连接器产业园项目","ownerName":"绵阳某连接器公司","ownerCreditCode":"91350100M000100Y43",
             "projectCode":"2024-510703-04-01-000121","district":"510703",
             "sector":"INDUSTRIAL","level":"MUNICIPAL_KEY","totalInvestment":"950000000.00"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    FindingProjects finding;

    /** Signed in as the key-project centre, which registers projects. */
    WebTestClient centre;

    @BeforeEach
    void signIn() {
        centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
    }

    @Test
    void registering_a_project_stores_it_and_publishes_project_registered() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            ProjectView created = centre.post().uri("/api/projects")
                    .header("X-Request-Id", "req-registration-1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(VALID)
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/projects/"))
                    .expectHeader().valueEquals("X-Request-Id", "req-registration-1")
                    .expectBody(ProjectView.class).returnResult().getResponseBody();

            assertThat(created.stage().name()).isEqualTo("RESERVE");
            assertThat(created.ownerCreditCode()).isEqualTo("91350100M000100Y43");
            assertThat(created.projectCode()).isEqualTo("2024-510703-04-01-000121");
            assertThat(created.totalInvestment()).isEqualByComparingTo("950000000.00");

            centre.get().uri("/api/projects/{id}", created.id()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.name").isEqualTo("经开区连接器产业园项目")
                    .jsonPath("$.totalInvestment").isEqualTo(950000000.00)
                    .jsonPath("$.version").isEqualTo(1);

            List<EventEnvelope> mine = awaitEventsFor(events, created.id(), 1);
            EventEnvelope registered = mine.get(0);
            assertThat(registered.type()).isEqualTo("project.registered");
            assertThat(registered.subject()).isEqualTo(created.id());
            assertThat(registered.source()).isEqualTo("/project-service");
            assertThat(registered.aggregateid()).isEqualTo(created.id());
            assertThat(registered.sequence()).isEqualTo(1);
            assertThat(registered.actorid()).isEqualTo("centre");
            assertThat(registered.actorrole()).isEqualTo("CITY_ADMIN");
            assertThat(registered.correlationid()).isEqualTo("req-registration-1");
            assertThat(registered.traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            // Exact decimals survive the trip through the outbox: no double rounding.
            assertThat(registered.data().get("totalInvestment").decimalValue()).isEqualByComparingTo("950000000.00");
            assertThat(registered.data().get("totalInvestment").asString()).isEqualTo("950000000.00");
        }
    }

    @Test
    void bad_input_is_a_problem_response_and_stores_nothing() {
        long before = projectCount();

        expectProblem("{\"name\": ", 400, "unreadable-request");
        expectProblem("[1,2,3]", 400, "unreadable-request");
        expectProblem(VALID.replace("\"INDUSTRIAL\"", "\"SPACE_STATION\""), 400, "unreadable-request");
        expectProblem(VALID.replace("\"950000000.00\"", "{\"$ne\": 1}"), 400, "unreadable-request");
        // Server-owned fields cannot be set by a client (OWASP API3).
        expectProblem(VALID.replace("{\"name\"", "{\"stage\":\"COMPLETED\",\"name\""), 400, "unreadable-request")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("stage"));
        expectProblem(VALID.replace("{\"name\"", "{\"version\":7,\"name\""), 400, "unreadable-request");
        expectProblem(VALID.replace("{\"name\"", "{\"id\":\"chosen\",\"name\""), 400, "unreadable-request");
        expectProblem(VALID.replace("{\"name\"", "{\"responsibility\":{\"officer\":\"me\"},\"name\""), 400,
                "unreadable-request");
        expectProblem(VALID.replace("\"950000000.00\"", "\"-5\""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("totalInvestment");
        expectProblem(VALID.replace("\"950000000.00\"", "\"12.345\""), 400, "validation");
        expectProblem(VALID.replace("91350100M000100Y43", "91350100M000100Y44"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("ownerCreditCode")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("check character"));
        expectProblem(VALID.replace("2024-510703-04-01-000121", "2024-510703-04-01-000122"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("projectCode");
        expectProblem(VALID.replace("\"510703\"", "\"51070\""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("district");
        expectProblem(VALID.replace("\"经开区连接器产业园项目\"", "\"" + "长".repeat(201) + "\""), 400, "validation");
        expectProblem("{\"district\":\"510703\",\"sector\":\"INDUSTRIAL\",\"level\":\"MUNICIPAL_KEY\"}", 400,
                "validation").jsonPath("$.errors[0].field").isEqualTo("name");

        assertThat(projectCount()).isEqualTo(before);
    }

    @Test
    void an_unknown_project_is_404_and_an_oversized_page_is_400() {
        client.get().uri("/api/projects/no-such-project").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/not-found"));
        client.get().uri("/api/projects?size=1000").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void the_event_carries_the_request_ids_as_kafka_headers_too() {
        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            ProjectView created = centre.post().uri("/api/projects")
                    .header("X-Request-Id", "req-headers-1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(VALID)
                    .exchange().expectStatus().isCreated()
                    .expectBody(ProjectView.class).returnResult().getResponseBody();
            awaitEventsFor(events, created.id(), 1);
            ConsumerRecord<String, byte[]> record = events.drain(Duration.ZERO).stream()
                    .filter(r -> created.id().equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader("X-Request-Id").value())).isEqualTo("req-headers-1");
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .isEqualTo("application/cloudevents+json");
            assertThat(record.headers().lastHeader("traceparent")).isNotNull();
        }
    }

    @Test
    void operators_get_readiness_with_kafka_and_mongodb_metrics_and_the_openapi_description() {
        // The metrics text outgrows the client's default buffer once many endpoints have been called.
        WebTestClient operator = client.mutate().responseTimeout(Duration.ofSeconds(15))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(8 * 1024 * 1024)).build();
        // A probe asks again when an answer is slow. The very first readiness call right after start has twice
        // gone unanswered in a full CI build (never in isolation); under investigation, see issue 10.
        WebTestClient probe = client.mutate().responseTimeout(Duration.ofSeconds(5)).build();
        for (int attempt = 1; attempt < 3; attempt++) {
            try {
                probe.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
                break;
            } catch (IllegalStateException unanswered) {
                System.err.println("Readiness attempt " + attempt + " unanswered: " + unanswered.getMessage());
            }
        }
        operator.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP");
        operator.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        operator.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text)
                        .contains("outbox_events_published_total{application=\"project-service\"")
                        .contains("http_server_requests_seconds"));
        operator.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/projects'].post").exists();
    }

    private long projectCount() {
        return finding.search(new ProjectSearch(null, null, null, null, null, null, null, false, null, 0, 1),
                CurrentUser.ANONYMOUS).block().total();
    }

    private WebTestClient.BodyContentSpec expectProblem(String body, int status, String type) {
        return centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/" + type))
                .jsonPath("$.status").isEqualTo(status)
                .jsonPath("$.detail").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/projects");
    }

    private List<EventEnvelope> awaitEventsFor(PublishedEvents events, String projectId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<EventEnvelope> mine = List.of();
        while (mine.size() < count && System.nanoTime() < deadline) {
            mine = events.drain(Duration.ofMillis(300)).stream()
                    .filter(record -> projectId.equals(record.key()))
                    .map(ConsumerRecord::value)
                    .map(codec::decode)
                    .toList();
        }
        assertThat(mine).hasSize(count);
        return mine;
    }
}

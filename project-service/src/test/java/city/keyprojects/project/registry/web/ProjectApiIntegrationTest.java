package city.keyprojects.project.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

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
import city.keyprojects.platform.testing.HangDiagnostics;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.ProjectSearch;
import city.keyprojects.project.registry.domain.ProjectCode;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectApiIntegrationTest {

    /** The Mianyang connector park of seed 001, without a project code: the registry issues a local one. */
    private static final String VALID = """
            {"name":"经开区连接器产业园项目","summary":"建设连接器研发及生产基地","ownerName":"绵阳某连接器公司",
             "ownerCreditCode":"91350100M000100Y43","district":"510703","sector":"INDUSTRIAL",
             "level":"MUNICIPAL_KEY","industryChain":"电子信息","address":"绵阳经开区塘汛街道",
             "location":{"latitude":31.43,"longitude":104.75},"totalInvestment":"950000000.00",
             "landAreaMu":"123","floorAreaSqm":"98000.50","buildings":6,
             "phases":[{"name":"一期","summary":"厂房及研发楼"},{"name":"二期"}],
             "plannedStart":"2024-03-01","plannedCompletion":"2026-06-30"}""";

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
            String code = uniqueNationalCode();
            ProjectView created = centre.post().uri("/api/projects")
                    .header("X-Request-Id", "req-registration-1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(withCode(VALID, code))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/projects/"))
                    .expectHeader().valueEquals("X-Request-Id", "req-registration-1")
                    .expectBody(ProjectView.class).returnResult().getResponseBody();

            assertThat(created.stage().name()).isEqualTo("RESERVE");
            assertThat(created.ownerCreditCode()).isEqualTo("91350100M000100Y43");
            assertThat(created.projectCode()).isEqualTo(code);
            assertThat(created.localProjectCode()).isFalse();
            assertThat(created.totalInvestment()).isEqualByComparingTo("950000000.00");
            assertThat(created.landAreaMu()).isEqualByComparingTo("123");
            assertThat(created.location().latitude()).isEqualTo(31.43);
            assertThat(created.phases()).extracting("name").containsExactly("一期", "二期");
            assertThat(created.plannedCompletion()).hasToString("2026-06-30");

            centre.get().uri("/api/projects/{id}", created.id()).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.name").isEqualTo("经开区连接器产业园项目")
                    .jsonPath("$.totalInvestment").isEqualTo(950000000.00)
                    .jsonPath("$.version").isEqualTo(1);

            List<EventEnvelope> mine = events.awaitEnvelopes(codec, created.id(), ownEventOf(created.id()), 1);
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
            assertThat(registered.data().get("projectCode").asString()).isEqualTo(code);
            assertThat(registered.data().get("landAreaMu").decimalValue()).isEqualByComparingTo("123");
            assertThat(registered.data().get("plannedStart").asString()).isEqualTo("2024-03-01");
        }
    }

    @Test
    void a_project_without_a_code_gets_a_local_one_and_codes_are_unique() {
        ProjectView first = register(VALID);
        ProjectView second = register(VALID);

        assertThat(first.projectCode()).matches("\\d{4}-510703-99-99-\\d{6}").isNotEqualTo(second.projectCode());
        assertThat(first.localProjectCode()).isTrue();
        long before = projectCount();
        expectProblem(withCode(VALID, first.projectCode()), 409, "rule-violation")
                .jsonPath("$.rule").isEqualTo("project-code-unique");
        assertThat(projectCount()).isEqualTo(before);

        // The national code replaces the local one; a code another project has cannot.
        String national = uniqueNationalCode();
        centre.patch().uri("/api/projects/{id}", first.id()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1, "projectCode", national)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.projectCode").isEqualTo(national).jsonPath("$.localProjectCode").isEqualTo(false);
        centre.patch().uri("/api/projects/{id}", second.id()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1, "projectCode", national)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("project-code-unique");
    }

    @Test
    void the_public_sees_the_public_fields_the_project_does_not_hide() {
        ProjectView created = register(withField(VALID, "\"hiddenFields\":[\"TOTAL_INVESTMENT\",\"LOCATION\"]"));

        client.get().uri("/api/projects/{id}", created.id()).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.visibility").isEqualTo("public")
                .jsonPath("$.name").isEqualTo("经开区连接器产业园项目")
                .jsonPath("$.landAreaMu").isEqualTo(123)
                .jsonPath("$.totalInvestment").doesNotExist()
                .jsonPath("$.location").doesNotExist()
                .jsonPath("$.hiddenFields").doesNotExist()
                .jsonPath("$.projectCode").doesNotExist();
        centre.get().uri("/api/projects/{id}", created.id()).exchange()
                .expectBody()
                .jsonPath("$.visibility").isEqualTo("internal")
                .jsonPath("$.totalInvestment").isEqualTo(950000000.00)
                .jsonPath("$.hiddenFields[0]").isEqualTo("LOCATION");
    }

    @Test
    void bad_input_is_a_problem_response_and_stores_nothing() {
        long before = projectCount();

        expectProblem("{\"name\": ", 400, "unreadable-request");
        expectProblem("[1,2,3]", 400, "unreadable-request");
        expectProblem(VALID.replace("\"INDUSTRIAL\"", "\"SPACE_STATION\""), 400, "unreadable-request");
        expectProblem(VALID.replace("\"950000000.00\"", "{\"$ne\": 1}"), 400, "unreadable-request");
        // Server-owned fields cannot be set by a client (OWASP API3).
        expectProblem(withField(VALID, "\"stage\":\"COMPLETED\""), 400, "unreadable-request")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("stage"));
        expectProblem(withField(VALID, "\"version\":7"), 400, "unreadable-request");
        expectProblem(withField(VALID, "\"id\":\"chosen\""), 400, "unreadable-request");
        expectProblem(withField(VALID, "\"responsibility\":{\"officer\":\"me\"}"), 400,
                "unreadable-request");
        expectProblem(VALID.replace("\"950000000.00\"", "\"-5\""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("totalInvestment");
        expectProblem(VALID.replace("\"950000000.00\"", "\"12.345\""), 400, "validation");
        expectProblem(VALID.replace("91350100M000100Y43", "91350100M000100Y44"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("ownerCreditCode")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("check character"));
        expectProblem(withCode(VALID, "2024-510703-04-01-000122"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("projectCode");
        expectProblem(VALID.replace("\"latitude\":31.43", "\"latitude\":-31.43"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("location.latitude");
        expectProblem(VALID.replace("\"123\"", "\"1e12\""), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("landAreaMu");
        expectProblem(VALID.replace("\"buildings\":6", "\"buildings\":\"six\""), 400, "unreadable-request");
        expectProblem(VALID.replace("2026-06-30", "2023-06-30"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("plannedCompletion");
        expectProblem(VALID.replace("2026-06-30", "2026-02-30"), 400, "unreadable-request");
        // Only the documented forms: no enum by its position, no date as a number or an array.
        expectProblem(VALID.replace("\"INDUSTRIAL\"", "0"), 400, "unreadable-request");
        expectProblem(VALID.replace("\"2026-06-30\"", "20000"), 400, "unreadable-request");
        expectProblem(VALID.replace("\"2026-06-30\"", "[2026,6,30]"), 400, "unreadable-request");
        expectProblem(VALID.replace("2024-03-01", "1900-03-01"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("plannedStart");
        expectProblem(withField(VALID, "\"hiddenFields\":[\"NAME\"]"), 400, "unreadable-request");
        expectProblem(VALID.replace("{\"name\":\"二期\"}", "{\"name\":\"\"}"), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("phases[1].name");
        expectProblem(VALID.replace("建设连接器研发及生产基地", "长".repeat(2001)), 400, "validation")
                .jsonPath("$.errors[0].field").isEqualTo("summary");
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
            events.awaitEnvelopes(codec, created.id(), ownEventOf(created.id()), 1);
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
                HangDiagnostics.printIfUnanswered("readiness attempt " + attempt, unanswered);
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

    private ProjectView register(String body) {
        return centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody();
    }

    /** The body with one more field in front. */
    private static String withField(String body, String field) {
        return "{" + field + "," + body.substring(body.indexOf('{') + 1);
    }

    private static String withCode(String body, String projectCode) {
        return withField(body, "\"projectCode\":\"" + projectCode + "\"");
    }

    /** A valid national code no other test uses (the registry outlives a test). */
    private static String uniqueNationalCode() {
        return ProjectCode.of(2024, "510703", "04", "01", SERIALS.incrementAndGet()).value();
    }

    private static final AtomicInteger SERIALS = new AtomicInteger(new Random().nextInt(90_000));

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

    /** The project's own events: its promotion plan, say, publishes under the same key. */
    private static Predicate<EventEnvelope> ownEventOf(String projectId) {
        return event -> projectId.equals(event.aggregateid());
    }
}

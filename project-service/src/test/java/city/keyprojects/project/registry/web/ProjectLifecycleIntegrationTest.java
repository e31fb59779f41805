package city.keyprojects.project.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle through the API: stage moves with the rules they break named, the approval service's
 * {@code approval.stage-completed} opening construction (the consumer side of that contract), and the centre's
 * fast-track override.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectLifecycleIntegrationTest {

    /** The history's entry of the move into construction. */
    private static final String CONSTRUCTION_STARTED =
            "$[?(@.type == 'project.stage-changed' && @.data.to == 'UNDER_CONSTRUCTION')]";

    private static final String PROJECT = """
            {"name":"天府新区激光雷达产业基地","ownerName":"某激光雷达公司","district":"510116",
             "sector":"INDUSTRIAL","level":"PROVINCIAL_MAJOR","totalInvestment":"5000000000.00"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    WebTestClient centre;
    WebTestClient officer;
    String projectId;

    @BeforeEach
    void aProjectInPreparationWithAnOfficer() {
        centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        officer = TestIdentity.shared().signedIn(client, TestIdentity.OFFICER);
        projectId = centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(PROJECT)
                .exchange().expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        centre.put().uri("/api/projects/{id}/responsibility", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("officer", TestIdentity.OFFICER.id())).exchange().expectStatus().isOk();
        move(officer, Map.of("version", 2, "to", "PREPARATION")).expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("PREPARATION");
    }

    @Test
    void construction_starts_once_the_approval_service_reports_the_construction_permit_stage_complete() {
        move(officer, Map.of("version", 3, "to", "UNDER_CONSTRUCTION")).expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.rule").isEqualTo("construction-permit-required")
                .jsonPath("$.detail").isNotEmpty();

        try (ForeignEvents approvals = new ForeignEvents(codec)) {
            approvals.publish("approval.events.v1", ForeignEvents.envelope("/approval-service",
                    "approval.item-decided", projectId, 1, json.valueToTree(Map.of("projectId", projectId))));
            approvals.publish("approval.events.v1", ForeignEvents.envelope("/approval-service",
                    "approval.stage-completed", projectId, 2, json.valueToTree(Map.of("projectId", projectId,
                            "stage", "CONSTRUCTION_PERMIT", "completedAt", "2026-11-20T08:00:00Z"))));
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> officer.get()
                .uri("/api/projects/{id}", projectId).exchange()
                .expectBody().jsonPath("$.completedApprovalStages[0]").isEqualTo("CONSTRUCTION_PERMIT"));

        long version = officer.get().uri("/api/projects/{id}", projectId).exchange()
                .expectBody(ProjectView.class).returnResult().getResponseBody().version();
        move(officer, Map.of("version", version, "to", "UNDER_CONSTRUCTION")).expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("UNDER_CONSTRUCTION");
        // Found by type, not as the last entry: the history holds the promotion plan's events too, which the
        // onboarding clock writes when it takes in the registration, now and then after this move.
        centre.get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectBody()
                .jsonPath(CONSTRUCTION_STARTED + ".data.from").isEqualTo(List.of("PREPARATION"))
                .jsonPath(CONSTRUCTION_STARTED + ".actor.id").isEqualTo(List.of("officer"));
    }

    @Test
    void only_the_centre_fast_tracks_construction_and_says_why() {
        move(officer, Map.of("version", 3, "to", "UNDER_CONSTRUCTION", "fastTrack", true, "reason", "拿地即开工"))
                .expectStatus().isForbidden();
        move(centre, Map.of("version", 3, "to", "UNDER_CONSTRUCTION", "fastTrack", true)).expectStatus()
                .isEqualTo(409).expectBody().jsonPath("$.rule").isEqualTo("reason-required");

        move(centre, Map.of("version", 3, "to", "UNDER_CONSTRUCTION", "fastTrack", true, "reason", "拿地即开工"))
                .expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("UNDER_CONSTRUCTION");
        centre.get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectBody()
                .jsonPath(CONSTRUCTION_STARTED + ".data.fastTrack").isEqualTo(List.of(true))
                .jsonPath(CONSTRUCTION_STARTED + ".data.reason").isEqualTo(List.of("拿地即开工"))
                .jsonPath(CONSTRUCTION_STARTED + ".actor.role").isEqualTo(List.of("CITY_ADMIN"));
    }

    @Test
    void illegal_moves_and_bad_input_change_nothing() {
        move(centre, Map.of("version", 3, "to", "IN_PRODUCTION")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("stage-order");
        move(centre, Map.of("version", 3, "to", "CANCELLED")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo("reason-required");
        move(centre, Map.of("version", 2, "to", "SUSPENDED", "reason", "资金未到位")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/stale-version"));
        move(centre, Map.of("version", 3, "to", "DEMOLISHED")).expectStatus().isBadRequest();
        move(centre, Map.of("to", "SUSPENDED", "reason", "x")).expectStatus().isBadRequest();
        move(centre, Map.of("version", 3, "to", "SUSPENDED", "reason", "长".repeat(501))).expectStatus()
                .isBadRequest();
        move(TestIdentity.shared().signedIn(client, TestIdentity.OTHER_OFFICER),
                Map.of("version", 3, "to", "SUSPENDED", "reason", "x")).expectStatus().isForbidden();

        centre.get().uri("/api/projects/{id}", projectId).exchange()
                .expectBody().jsonPath("$.stage").isEqualTo("PREPARATION").jsonPath("$.version").isEqualTo(3);
    }

    @Test
    void a_stage_report_for_a_project_nobody_registered_goes_to_the_dead_letter_topic() {
        String unknown = UUID.randomUUID().toString();
        try (ForeignEvents approvals = new ForeignEvents(codec);
                PublishedEvents deadLetters = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                        "approval.events.v1.dlt")) {
            approvals.publish("approval.events.v1", ForeignEvents.envelope("/approval-service",
                    "approval.stage-completed", unknown, 1,
                    json.valueToTree(Map.of("projectId", unknown, "stage", "CONSTRUCTION_PERMIT"))));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.drain(Duration.ofMillis(300))
                    .stream().anyMatch(record -> unknown.equals(record.key())));
        }
    }

    private WebTestClient.ResponseSpec move(WebTestClient as, Map<String, Object> body) {
        return as.post().uri("/api/projects/{id}/stage-changes", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }
}

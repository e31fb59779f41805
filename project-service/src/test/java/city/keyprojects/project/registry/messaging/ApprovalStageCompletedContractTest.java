package city.keyprojects.project.registry.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.project.registry.web.ProjectView;
import tools.jackson.databind.node.ObjectNode;

/**
 * The consumer side of {@code approval.stage-completed}: the example {@code docs/events/asyncapi.yaml} documents,
 * as approval-service publishes it (every field, most of which this service ignores), records the stage on the
 * project. Only the ids are made fresh, so that the example's project is one this test registered.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ApprovalStageCompletedContractTest {

    private static final String PROJECT = """
            {"name":"经开区连接器产业园项目","ownerName":"绵阳某连接器公司","district":"510703",
             "sector":"INDUSTRIAL","level":"MUNICIPAL_KEY","totalInvestment":"950000000.00"}""";

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;

    @Test
    void the_documented_example_records_the_completed_stage_on_the_project() {
        EventEnvelope example = codec.decode(AsyncApiContract.ofRepository()
                .exampleBytes(ApprovalEventsListener.STAGE_COMPLETED));
        ApprovalEventsListener.StageCompleted read = codec.dataAs(example, ApprovalEventsListener.StageCompleted.class);
        assertThat(read.projectId()).as("the example's projectId, its subject").isEqualTo(example.subject());
        assertThat(read.stage()).isEqualTo("CONSTRUCTION_PERMIT");

        WebTestClient centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        String projectId = centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PROJECT).exchange().expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        String caseId = projectId + "-stage3-1";
        ObjectNode data = (ObjectNode) example.data().deepCopy();
        data.put("projectId", projectId);
        data.put("caseId", caseId);
        EventEnvelope published = new EventEnvelope(example.specversion(), UUID.randomUUID().toString(),
                example.source(), example.type(), projectId, example.time(), example.datacontenttype(), data, caseId,
                example.sequence(), example.actorid(), example.actorrole(), example.correlationid(),
                example.traceparent());

        try (ForeignEvents approvals = new ForeignEvents(codec)) {
            approvals.publish("approval.events.v1", published);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> centre.get()
                .uri("/api/projects/{id}", projectId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.completedApprovalStages").isEqualTo(List.of(read.stage())));
    }
}

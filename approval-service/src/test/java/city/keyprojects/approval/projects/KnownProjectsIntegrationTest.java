package city.keyprojects.approval.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.test.StepVerifier;
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
    @Autowired
    KnownProjects knownProjects;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void signInAsALeader() {
        client = TestIdentity.shared().signedIn(client, TestIdentity.LEADER);
    }
    @Test
    void a_registered_project_becomes_known_from_its_event() {
        EventEnvelope registered = registered(UUID.randomUUID().toString());
        try (ForeignEvents projects = new ForeignEvents(codec)) {
            projects.publish("project.events.v1", registered);
        }
        awaitKnown(registered.subject());
        client.get().uri("/api/approvals/projects/{id}", registered.subject()).exchange()
                .expectBody()
                .jsonPath("$.name").isEqualTo("汇诺畅远高端装备生产项目")
                .jsonPath("$.applicant").isEqualTo("青岛汇诺畅远");
    }

    @Test
    void an_older_event_arriving_after_a_newer_one_is_ignored() {
        String projectId = UUID.randomUUID().toString();
        EventEnvelope newer = withSequence(registered(projectId), 2, "新名称");
        EventEnvelope older = withSequence(registered(projectId), 1, "旧名称");

        StepVerifier.create(knownProjects.apply(newer)).verifyComplete();
        StepVerifier.create(knownProjects.apply(older)).verifyComplete();
        StepVerifier.create(knownProjects.apply(newer)).verifyComplete();

        StepVerifier.create(knownProjects.byId(projectId))
                .assertNext(project -> assertThat(project.name()).isEqualTo("新名称"))
                .verifyComplete();
    }

    @Test
    void the_owner_credit_code_the_assigned_officer_and_corrections_are_kept() {
        String projectId = UUID.randomUUID().toString();
        EventEnvelope registered = registered(projectId);
        var assigned = json.createObjectNode().put("projectId", projectId).put("officer", "officer")
                .put("leader", "副市长");
        var updated = json.createObjectNode().put("projectId", projectId).put("name", "更正后的名称")
                .put("ownerName", "不在changed中的值");
        updated.putArray("changed").add("name");

        StepVerifier.create(knownProjects.apply(registered)).verifyComplete();
        StepVerifier.create(knownProjects.apply(event(registered, "project.responsibility-assigned", 2, assigned)))
                .verifyComplete();
        StepVerifier.create(knownProjects.apply(event(registered, "project.updated", 3, updated))).verifyComplete();

        StepVerifier.create(knownProjects.byId(projectId))
                .assertNext(project -> {
                    assertThat(project.ownerCreditCode()).isEqualTo("91370283MA3C5XXX0K");
                    assertThat(project.officer()).isEqualTo("officer");
                    assertThat(project.name()).isEqualTo("更正后的名称");
                    assertThat(project.applicant()).as("a field not named in changed is not taken")
                            .isEqualTo("青岛汇诺畅远");
                })
                .verifyComplete();
    }

    @Test
    void an_unknown_project_is_a_404_problem() {
        client.get().uri("/api/approvals/projects/{id}", "never-registered").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("not known to the approval service"));
    }

    @Test
    void a_poison_event_goes_to_the_dead_letter_topic_is_counted_and_the_partition_moves_on() {
        double deadBefore = deadLettered();
        EventEnvelope after = registered(UUID.randomUUID().toString());
        byte[] poison = "{this is not an event".getBytes(StandardCharsets.UTF_8);
        try (PublishedEvents deadLetters = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1.dlt");
                ForeignEvents projects = new ForeignEvents(codec)) {
            // Same key, so the same partition: the good event waits behind the poison one.
            projects.publishRaw("project.events.v1", after.subject(), poison);
            projects.publish("project.events.v1", after);

            awaitKnown(after.subject());
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.awaitAtLeast(1, Duration.ofSeconds(15));
            assertThat(dead).anySatisfy(record -> {
                assertThat(record.value()).isEqualTo(poison);
                assertThat(record.headers().lastHeader("kafka_dlt-exception-message")).isNotNull();
            });
        }
        assertThat(deadLettered()).isGreaterThan(deadBefore);
    }

    @Test
    void the_dead_letter_counter_of_every_topic_read_exists_before_the_first_dead_letter() {
        // Alerts and dashboards need the series from the start (docs/operations.md).
        assertThat(meters.get("events.dead.lettered").counters())
                .extracting(counter -> counter.getId().getTag("topic"))
                .containsExactly("project.events.v1");
    }

    private double deadLettered() {
        return meters.get("events.dead.lettered").tag("topic", "project.events.v1").counter().count();
    }

    private void awaitKnown(String projectId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            int status = client.get().uri("/api/approvals/projects/{id}", projectId).exchange()
                    .returnResult(String.class).getStatus().value();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("Project " + projectId + " never became known");
    }

    private EventEnvelope registered(String projectId) {
        var data = json.createObjectNode()
                .put("projectId", projectId)
                .put("name", "汇诺畅远高端装备生产项目")
                .put("ownerName", "青岛汇诺畅远")
                .put("ownerCreditCode", "91370283MA3C5XXX0K")
                .put("district", "370283")
                .put("totalInvestment", new java.math.BigDecimal("1200000000.00"))
                .put("someFieldFromTheFuture", "ignored by tolerant readers");
        return new EventEnvelope("1.0", UUID.randomUUID().toString(), "/project-service", "project.registered",
                projectId, Instant.now(), "application/json", data, projectId, 1, "centre", "CITY_ADMIN", null, null);
    }

    private static EventEnvelope event(EventEnvelope of, String type, long sequence, tools.jackson.databind.JsonNode data) {
        return new EventEnvelope(of.specversion(), UUID.randomUUID().toString(), of.source(), type, of.subject(),
                Instant.now(), of.datacontenttype(), data, of.aggregateid(), sequence, "centre", "CITY_ADMIN", null,
                null);
    }

    private EventEnvelope withSequence(EventEnvelope event, long sequence, String name) {
        var data = event.data().deepCopy();
        ((tools.jackson.databind.node.ObjectNode) data).put("name", name);
        return new EventEnvelope(event.specversion(), UUID.randomUUID().toString(), event.source(), event.type(),
                event.subject(), event.time(), event.datacontenttype(), data, event.aggregateid(), sequence,
                event.actorid(), event.actorrole(), event.correlationid(), event.traceparent());
    }
}

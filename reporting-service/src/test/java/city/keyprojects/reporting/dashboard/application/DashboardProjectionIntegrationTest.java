package city.keyprojects.reporting.dashboard.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import reactor.test.StepVerifier;
import tools.jackson.databind.json.JsonMapper;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class DashboardProjectionIntegrationTest {

    @Autowired
    DashboardProjection projection;
    @Autowired
    ReactiveMongoOperations mongo;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;
    @Autowired
    WebTestClient client;

    @Test
    void a_project_registered_on_the_topic_is_counted_on_the_dashboard() {
        long before = count();
        EventEnvelope registered = registered(UUID.randomUUID().toString(), 1);
        try (ForeignEvents projects = new ForeignEvents(codec)) {
            projects.publish("project.events.v1", registered);
        }
        awaitDashboardCount(before + 1);
    }

    @Test
    void the_same_record_delivered_twice_is_counted_once() {
        long before = count();
        EventEnvelope registered = registered(UUID.randomUUID().toString(), 1);
        RecordPosition position = new RecordPosition(isolatedTopic(), 0, 7);

        StepVerifier.create(projection.apply(registered, position)).verifyComplete();
        StepVerifier.create(projection.apply(registered, position)).verifyComplete();

        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void the_same_event_published_twice_by_the_outbox_is_counted_once() {
        long before = count();
        EventEnvelope registered = registered(UUID.randomUUID().toString(), 1);
        String topic = isolatedTopic();

        StepVerifier.create(projection.apply(registered, new RecordPosition(topic, 0, 3))).verifyComplete();
        StepVerifier.create(projection.apply(registered, new RecordPosition(topic, 0, 4))).verifyComplete();

        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void a_crash_between_the_two_writes_is_completed_by_the_redelivery_and_counted_once() {
        long before = count();
        EventEnvelope registered = registered(UUID.randomUUID().toString(), 1);
        RecordPosition position = new RecordPosition(isolatedTopic(), 0, 11);
        // What the first write leaves behind when the process dies before the second.
        mongo.insert(new Document("_id", registered.subject())
                .append("applied", new Document(registered.aggregateid(), 1L))
                .append("pending", new Document("shard", position.shard()).append("offset", position.offset())
                        .append("projectCount", 1L)), DashboardProjection.SUMMARIES).block();
        assertThat(count()).isEqualTo(before);

        StepVerifier.create(projection.apply(registered, position)).verifyComplete();
        StepVerifier.create(projection.apply(registered, position)).verifyComplete();

        assertThat(count()).isEqualTo(before + 1);
        Document summary = mongo.findById(registered.subject(), Document.class, DashboardProjection.SUMMARIES).block();
        assertThat(summary).doesNotContainKey("pending");
    }

    @Test
    void an_event_the_projection_does_not_use_changes_nothing() {
        long before = count();
        EventEnvelope other = new EventEnvelope("1.0", UUID.randomUUID().toString(), "/project-service",
                "project.something-new", "p-x", Instant.now(), "application/json", json.createObjectNode(), "p-x", 2,
                "u", "CITY_ADMIN", null, null);

        StepVerifier.create(projection.apply(other, new RecordPosition(isolatedTopic(), 0, 1))).verifyComplete();

        assertThat(count()).isEqualTo(before);
    }

    private long count() {
        return projection.dashboard().block().projectCount();
    }

    private void awaitDashboardCount(long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = client.get().uri("/api/reports/dashboard").exchange()
                    .expectStatus().isOk()
                    .expectBody(CityDashboard.class).returnResult().getResponseBody().projectCount();
            if (seen == expected) {
                return;
            }
            sleep(200);
        }
        assertThat(seen).as("projectCount on the dashboard").isEqualTo(expected);
    }

    private EventEnvelope registered(String projectId, long sequence) {
        var data = json.createObjectNode()
                .put("projectId", projectId)
                .put("name", "天衢国际会展中心")
                .put("district", "371400")
                .put("sector", "URBAN_CONSTRUCTION")
                .put("level", "MUNICIPAL_KEY")
                .put("stage", "RESERVE");
        return new EventEnvelope("1.0", UUID.randomUUID().toString(), "/project-service", "project.registered",
                projectId, Instant.now(), "application/json", data, projectId, sequence, "centre", "CITY_ADMIN",
                "req-1", null);
    }

    private static String isolatedTopic() {
        return "test-" + UUID.randomUUID();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

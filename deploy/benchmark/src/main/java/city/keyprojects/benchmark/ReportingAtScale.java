package city.keyprojects.benchmark;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import tools.jackson.databind.JsonNode;

/**
 * Reporting with many projects: registrations copied from a real one (new project and event ids) are published
 * on project-service's topic, as if that many projects had been registered, and reporting folds them in.
 */
final class ReportingAtScale {

    static final String PROJECT_TOPIC = "project.events.v1";
    static final List<String> TOPICS = List.of(PROJECT_TOPIC, "approval.events.v1", "issue.events.v1");

    private final BareKafka kafka;
    private final Api api;
    private final String reporting;
    private String sample;
    private String sampleProjectId;
    private String sampleEventId;

    ReportingAtScale(BareKafka kafka, Api api, String reporting) {
        this.kafka = kafka;
        this.api = api;
        this.reporting = reporting;
    }

    long projectCount() throws Exception {
        return api.get(reporting + "/api/reports/dashboard", null).get("projectCount").asLong();
    }

    /** The count, or the last one seen if reporting did not answer (a busy moment is reported, not fatal). */
    private long countIfAnswered(long last) throws Exception {
        try {
            return projectCount();
        } catch (IllegalStateException unanswered) {
            System.out.println("    (no count this time: " + unanswered.getMessage().lines().findFirst().orElse("")
                    + ")");
            return last;
        }
    }

    /** Publishes registrations until reporting counts {@code target} projects, and waits for it. */
    void growTo(long target) throws Exception {
        long count = projectCount();
        if (sample == null) {
            readSample();
        }
        long missing = target - count;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(kafka.producerSettings())) {
            for (long i = 0; i < missing; i++) {
                String projectId = UUID.randomUUID().toString();
                String event = sample.replace(sampleProjectId, projectId)
                        .replace(sampleEventId, UUID.randomUUID().toString());
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(PROJECT_TOPIC, projectId,
                        event.getBytes(StandardCharsets.UTF_8));
                record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
        System.out.printf("  published %d registrations in %.1f s; reporting folds them in …%n", missing,
                (System.nanoTime() - started) / 1e9);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(40));
        long seen = count;
        while ((seen = countIfAnswered(seen)) < target) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("reporting counted " + seen + " of " + target + " after 40 min");
            }
            TimeUnit.SECONDS.sleep(5);
            System.out.printf("    %d of %d after %.0f s%n", seen, target, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf("  reporting counts %d projects, %.0f s after the first was published%n", seen,
                (System.nanoTime() - started) / 1e9);
        // Approval- and issue-service take the registrations in too; the dashboard is read once all are done.
        double quiet = kafka.awaitConsumersCaughtUp(Duration.ofMinutes(40));
        System.out.printf("  every consumer group caught up %.0f s later%n", quiet);
    }

    private void readSample() {
        try (KafkaConsumer<String, byte[]> consumer = kafka.consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(PROJECT_TOPIC).stream()
                    .map(info -> new TopicPartition(PROJECT_TOPIC, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (sample == null && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = Api.JSON.readTree(record.value());
                    if (sample == null && "project.registered".equals(event.get("type").asString())) {
                        sample = new String(record.value(), StandardCharsets.UTF_8);
                        sampleProjectId = event.get("subject").asString();
                        sampleEventId = event.get("id").asString();
                    }
                }
            }
        }
        if (sample == null) {
            throw new IllegalStateException("no project.registered event on " + PROJECT_TOPIC + " to copy");
        }
    }

    /**
     * Rebuilds reporting's facts from the three topics (the admin's command) and waits for the switch: events a
     * second, by reporting's own progress.
     */
    double rebuild(String gateway, String adminToken) throws Exception {
        api.send("POST", gateway + "/api/reports/rebuilds", adminToken, null, 202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(40));
        while (true) {
            JsonNode progress = api.get(gateway + "/api/reports/rebuilds/latest", adminToken);
            String status = progress.get("status").asString();
            if ("SWITCHED".equals(status)) {
                long events = progress.get("applied").asLong() + progress.get("skipped").asLong();
                double seconds = Duration.between(Instant.parse(progress.get("startedAt").asString()),
                        Instant.parse(progress.get("finishedAt").asString())).toMillis() / 1000.0;
                System.out.printf("  rebuild: %d events in %.2f s%n", events, seconds);
                return events / seconds;
            }
            if ("FAILED".equals(status) || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the rebuild did not finish: " + progress);
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
    }
}

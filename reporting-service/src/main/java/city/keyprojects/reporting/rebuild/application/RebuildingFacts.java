package city.keyprojects.reporting.rebuild.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.problem.RuleViolationException;
import city.keyprojects.reporting.projects.application.FactsGenerations;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rebuilds the projects' facts from the start of the three topics into a fresh generation while the serving one
 * keeps serving (and keeps being fed), with visible progress, then switches. Once the rebuild has read up to where
 * the topics ended when it started, it switches the serving generation and reads on to where they end after the
 * switch: an event produced before the switch is read by the rebuild, one after it reaches the new generation
 * through the live listener, and one read by both changes nothing the second time (the facts are idempotent).
 */
@Service
public class RebuildingFacts {

    public static final String RULE_ONE_AT_A_TIME = "one-rebuild-at-a-time";
    static final List<String> TOPICS = List.of("project.events.v1", "approval.events.v1", "issue.events.v1");
    private static final Logger log = LoggerFactory.getLogger(RebuildingFacts.class);
    /** Projects whose events a rebuild applies at the same time. */
    private static final int PROJECTS_AT_ONCE = 8;

    private final ConsumerFactory<String, byte[]> consumers;
    private final ProjectFactsProjection projection;
    private final FactsGenerations generations;
    private final EventCodec codec;
    private final Clock clock;
    private final AtomicReference<RebuildProgress> latest = new AtomicReference<>();

    RebuildingFacts(ConsumerFactory<String, byte[]> consumers, ProjectFactsProjection projection,
            FactsGenerations generations, EventCodec codec, Clock clock) {
        this.consumers = consumers;
        this.projection = projection;
        this.generations = generations;
        this.codec = codec;
        this.clock = clock;
    }

    /** The rebuild running or last run by this instance, or empty when there was none. */
    public Mono<RebuildProgress> latest() {
        return Mono.justOrEmpty(latest.get());
    }

    /** Starts a rebuild into the generation after the serving one; refused while one runs. */
    public synchronized Mono<RebuildProgress> start() {
        RebuildProgress running = latest.get();
        if (running != null && !running.finished()) {
            return Mono.error(new RuleViolationException(RULE_ONE_AT_A_TIME, "Rebuild into generation "
                    + running.generation() + " is still running (" + running.percent() + "%)."));
        }
        return generations.current().map(current -> {
            RebuildProgress started = RebuildProgress.started(current, current + 1, clock.instant());
            latest.set(started);
            Mono.fromRunnable(() -> run(started)).subscribeOn(Schedulers.boundedElastic()).subscribe();
            return started;
        });
    }

    private void run(RebuildProgress started) {
        Properties readOnly = new Properties();
        readOnly.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        readOnly.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("reporting-rebuild-"
                + started.generation(), "rebuild", null, readOnly)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> target = consumer.endOffsets(partitions);
            projection.startCounting(started.generation()).block(Duration.ofSeconds(30));
            readUpTo(consumer, target, started.generation(), false);
            Boolean switched = generations.switchFrom(started.servingGeneration(), started.generation())
                    .block(Duration.ofSeconds(30));
            if (!Boolean.TRUE.equals(switched)) {
                throw new IllegalStateException("generation " + started.servingGeneration()
                        + " no longer serves: another rebuild switched first");
            }
            readUpTo(consumer, consumer.endOffsets(partitions), started.generation(), true);
            update(progress -> progress.switched(clock.instant()));
            log.info("Rebuilt the projects' facts into generation {}: {}", started.generation(), latest.get());
        } catch (RuntimeException e) {
            log.warn("Rebuilding the projects' facts into generation {} failed: {}", started.generation(), e.toString());
            update(progress -> progress.failed(e.toString(), clock.instant()));
        }
    }

    private void readUpTo(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> target, int generation,
            boolean afterSwitch) {
        update(progress -> progress.reading(positions(consumer, target), target, afterSwitch));
        while (!reached(consumer, target)) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            // One project's events in the order read (a project's events share a partition per topic); different
            // projects at the same time, so their round trips to MongoDB overlap.
            Map<String, List<ConsumerRecord<String, byte[]>>> byProject = new LinkedHashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                byProject.computeIfAbsent(String.valueOf(record.key()), key -> new ArrayList<>()).add(record);
            }
            AtomicLong applied = new AtomicLong();
            AtomicLong skipped = new AtomicLong();
            Flux.fromIterable(byProject.values())
                    .flatMap(events -> Flux.fromIterable(events).concatMap(record -> apply(record, generation)
                            .doOnSuccess(done -> applied.incrementAndGet())
                            .onErrorResume(RuntimeException.class, unreadable -> {
                                // The live listener dead-letters what it cannot apply; the rebuild counts it and
                                // goes on.
                                skipped.incrementAndGet();
                                return Mono.empty();
                            })), PROJECTS_AT_ONCE)
                    .blockLast(Duration.ofMinutes(5));
            update(progress -> progress.advanced(positions(consumer, target), applied.get(), skipped.get()));
        }
    }

    private Mono<Void> apply(ConsumerRecord<String, byte[]> record, int generation) {
        return Mono.defer(() -> projection.apply(codec.decode(record.value()), generation))
                .timeout(Duration.ofSeconds(30));
    }

    private static boolean reached(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> target) {
        return target.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static Map<TopicPartition, Long> positions(Consumer<String, byte[]> consumer,
            Map<TopicPartition, Long> target) {
        Map<TopicPartition, Long> positions = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
        target.keySet().forEach(partition -> positions.put(partition, consumer.position(partition)));
        return positions;
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
            if (infos != null) {
                infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
            }
        }
        return partitions;
    }

    private void update(UnaryOperator<RebuildProgress> change) {
        latest.updateAndGet(change);
    }
}

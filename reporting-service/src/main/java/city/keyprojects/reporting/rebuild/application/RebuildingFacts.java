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
import city.keyprojects.platform.events.EventEnvelope;
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
 * <p>
 * Until the switch the generation is the rebuild's own and nobody reads it, so it is filled a polled batch at a
 * time (each project's facts read and written once) and its running totals are counted from the finished facts
 * just before the switch; after the switch, events are applied one by one, as the live listener does.
 */
@Service
public class RebuildingFacts {

    public static final String RULE_ONE_AT_A_TIME = "one-rebuild-at-a-time";
    static final List<String> TOPICS = List.of("project.events.v1", "approval.events.v1", "issue.events.v1");
    private static final Logger log = LoggerFactory.getLogger(RebuildingFacts.class);
    /** Projects whose events a rebuild applies at the same time after the switch. */
    private static final int PROJECTS_AT_ONCE = 8;
    /** Records a poll returns at most: the batch filled at once before the switch. */
    private static final int BATCH = 2_000;

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
        return generations.current().zipWhen(current -> generations.allocate()).map(numbers -> {
            RebuildProgress started = RebuildProgress.started(numbers.getT1(), numbers.getT2(), clock.instant());
            latest.set(started);
            Mono.fromRunnable(() -> run(started)).subscribeOn(Schedulers.boundedElastic()).subscribe();
            return started;
        });
    }

    private void run(RebuildProgress started) {
        Properties readOnly = new Properties();
        readOnly.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        readOnly.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        readOnly.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("reporting-rebuild-"
                + started.generation(), "rebuild", null, readOnly)) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> target = consumer.endOffsets(partitions);
            projection.startFilling(started.generation()).block(Duration.ofSeconds(30));
            fillUpTo(consumer, target, started.generation());
            update(RebuildProgress::counting);
            projection.finishFilling(started.generation()).block(Duration.ofMinutes(5));
            Boolean switched = generations.switchFrom(started.servingGeneration(), started.generation())
                    .block(Duration.ofSeconds(30));
            if (!Boolean.TRUE.equals(switched)) {
                throw new IllegalStateException("generation " + started.servingGeneration()
                        + " no longer serves: another rebuild switched first");
            }
            applyUpTo(consumer, consumer.endOffsets(partitions), started.generation());
            update(progress -> progress.switched(clock.instant()));
            log.info("Rebuilt the projects' facts into generation {}: {}", started.generation(), latest.get());
        } catch (RuntimeException e) {
            log.warn("Rebuilding the projects' facts into generation {} failed: {}", started.generation(), e.toString());
            update(progress -> progress.failed(e.toString(), clock.instant()));
        }
    }

    /** Before the switch: each polled batch at once. */
    private void fillUpTo(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> target, int generation) {
        update(progress -> progress.reading(positions(consumer, target), target, false));
        while (!reached(consumer, target)) {
            List<EventEnvelope> events = new ArrayList<>();
            long unreadable = 0;
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                try {
                    events.add(codec.decode(record.value()));
                } catch (RuntimeException e) {
                    unreadable++; // the live listener dead-letters it; the rebuild counts it and goes on
                }
            }
            long skipped = unreadable;
            ProjectFactsProjection.Filled filled = projection.fill(events, generation).block(Duration.ofMinutes(5));
            update(progress -> progress.advanced(positions(consumer, target), filled.applied(),
                    filled.skipped() + skipped));
        }
    }

    /** After the switch: event by event, beside the live listener. */
    private void applyUpTo(Consumer<String, byte[]> consumer, Map<TopicPartition, Long> target, int generation) {
        update(progress -> progress.reading(positions(consumer, target), target, true));
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

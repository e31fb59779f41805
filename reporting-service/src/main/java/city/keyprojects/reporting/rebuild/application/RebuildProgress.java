package city.keyprojects.reporting.rebuild.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.TopicPartition;

/**
 * How far a rebuild of the projects' facts has come.
 *
 * @param servingGeneration  the generation that served when it started (and serves until the switch)
 * @param status             {@code READING} up to where the topics ended at the start; {@code COUNTING} the
 *                           city's totals from the facts read, before the switch; {@code DRAINING} after the
 *                           switch, up to where they ended then; {@code SWITCHED} done; {@code FAILED} (nothing
 *                           switched if it failed before the switch)
 * @param percent            records read of all to read, 0–100
 */
public record RebuildProgress(int generation, int servingGeneration, String status, Instant startedAt,
        Instant finishedAt, long applied, long skipped, int percent, List<PartitionProgress> partitions,
        String error) {

    public RebuildProgress {
        partitions = partitions == null ? List.of() : List.copyOf(partitions);
    }

    /** One partition: where the rebuild reads, and where it reads to. */
    public record PartitionProgress(String topic, int partition, long position, long target) {
    }

    static RebuildProgress started(int serving, int generation, Instant at) {
        return new RebuildProgress(generation, serving, "READING", at, null, 0, 0, 0, List.of(), null);
    }

    public boolean finished() {
        return "SWITCHED".equals(status) || "FAILED".equals(status);
    }

    RebuildProgress reading(Map<TopicPartition, Long> positions, Map<TopicPartition, Long> targets,
            boolean afterSwitch) {
        List<PartitionProgress> parts = positions.entrySet().stream().map(entry -> new PartitionProgress(
                entry.getKey().topic(), entry.getKey().partition(), entry.getValue(), targets.get(entry.getKey())))
                .toList();
        return new RebuildProgress(generation, servingGeneration, afterSwitch ? "DRAINING" : "READING", startedAt,
                null, applied, skipped, percent(parts), parts, null);
    }

    RebuildProgress advanced(Map<TopicPartition, Long> positions, long appliedNow, long skippedNow) {
        List<PartitionProgress> parts = partitions.stream().map(part -> new PartitionProgress(part.topic(),
                part.partition(), positions.getOrDefault(new TopicPartition(part.topic(), part.partition()),
                        part.position()), part.target())).toList();
        return new RebuildProgress(generation, servingGeneration, status, startedAt, null, applied + appliedNow,
                skipped + skippedNow, percent(parts), parts, null);
    }

    RebuildProgress counting() {
        return new RebuildProgress(generation, servingGeneration, "COUNTING", startedAt, null, applied, skipped,
                percent, partitions, null);
    }

    RebuildProgress switched(Instant at) {
        return new RebuildProgress(generation, servingGeneration, "SWITCHED", startedAt, at, applied, skipped, 100,
                partitions, null);
    }

    RebuildProgress failed(String why, Instant at) {
        return new RebuildProgress(generation, servingGeneration, "FAILED", startedAt, at, applied, skipped, percent,
                partitions, why);
    }

    private static int percent(List<PartitionProgress> parts) {
        long target = parts.stream().mapToLong(PartitionProgress::target).sum();
        long read = parts.stream().mapToLong(part -> Math.min(part.position(), part.target())).sum();
        return target == 0 ? 100 : (int) (read * 100 / target);
    }
}

package city.keyprojects.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The report of {@code --measure}: time to ready and resident memory, against the platform's goals. */
final class Measurement {

    static final Duration READY_GOAL = Duration.ofSeconds(60);
    static final long RSS_GOAL_BYTES = 3L << 30;
    private static final long MIB = 1L << 20;

    private Measurement() {
    }

    /** The resident memory of a process from {@code /proc/<pid>/status} (Linux), or -1 if it cannot be read. */
    static long rssBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    // "VmRSS:    123456 kB"
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // reported as unknown
        }
        return -1;
    }

    /** @param pids each process by name, the launcher first */
    static String report(Duration toReady, Map<String, Long> pids) {
        StringBuilder text = new StringBuilder(
                String.format("%nMeasurement%n  %-18s %8s %10s%n", "process", "pid", "RSS"));
        long total = 0;
        boolean complete = true;
        for (Map.Entry<String, Long> process : pids.entrySet()) {
            long rss = rssBytes(process.getValue());
            complete &= rss >= 0;
            total += Math.max(rss, 0);
            text.append(String.format("  %-18s %8d %10s%n", process.getKey(), process.getValue(),
                    rss < 0 ? "unknown" : rss / MIB + " MiB"));
        }
        text.append(String.format("  %-18s %8s %10s%n%n", "total", "", total / MIB + " MiB"));
        text.append(String.format("  %-16s %10s   goal <= %-9s %s%n", "time to ready",
                String.format("%.1f s", toReady.toMillis() / 1000.0), READY_GOAL.toSeconds() + " s",
                toReady.compareTo(READY_GOAL) <= 0 ? "PASS" : "MISS"));
        text.append(String.format("  %-16s %10s   goal <= %-9s %s%n", "resident memory", total / MIB + " MiB",
                RSS_GOAL_BYTES / MIB + " MiB",
                !complete ? "MISS (some processes could not be measured)" : total <= RSS_GOAL_BYTES ? "PASS" : "MISS"));
        return text.toString();
    }
}

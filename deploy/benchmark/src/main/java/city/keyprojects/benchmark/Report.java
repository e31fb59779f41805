package city.keyprojects.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The figures of a run, each a ratio against its baseline measured in the same run, with its goal. */
final class Report {

    /**
     * @param atMost true when the ratio must not exceed the goal (latencies), false when it must reach it (rates)
     */
    record Ratio(String figure, String platform, String baseline, double ratio, double goal, boolean atMost) {
        boolean met() {
            return atMost ? ratio <= goal : ratio >= goal;
        }
    }

    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void ratio(String figure, String platform, String baseline, double ratio, double goal, boolean atMost) {
        Ratio added = new Ratio(figure, platform, baseline, ratio, goal, atMost);
        ratios.add(added);
        System.out.printf("  -> %s: %.2f (goal %s %.2f) %s%n", figure, ratio, atMost ? "<=" : ">=", goal,
                added.met() ? "PASS" : "MISS");
    }

    void note(String line) {
        notes.add(line);
    }

    void print(PrintStream out) {
        out.printf("%n%-62s %-24s %-24s %7s %8s %s%n", "figure", "platform", "baseline", "ratio", "goal", "");
        for (Ratio r : ratios) {
            out.printf("%-62s %-24s %-24s %7.2f %8s %s%n", r.figure(), r.platform(), r.baseline(), r.ratio(),
                    (r.atMost() ? "<= " : ">= ") + r.goal(), r.met() ? "PASS" : "MISS");
        }
        notes.forEach(out::println);
    }
}

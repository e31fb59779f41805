package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One place in a ranking: rank 1 is the best, ties share a rank; {@code rank} and {@code score} are null for a
 * party that could not be scored (listed last).
 *
 * @param projects how many projects stand behind the entry (1 for a project)
 */
public record Ranked(Integer rank, String id, String name, BigDecimal score, List<Score.Part> breakdown,
        int projects) {

    public Ranked {
        breakdown = List.copyOf(breakdown);
    }
}

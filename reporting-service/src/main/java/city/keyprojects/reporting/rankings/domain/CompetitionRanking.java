package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Ranks parties by score, best first, as a competition does (1, 2, 2, 4): equal totals share a rank and the next
 * rank skips as many places. Equal scores are listed by name, then id, so the order is the same at every build;
 * parties without a score come last, unranked.
 */
public final class CompetitionRanking {

    /** A party to be ranked. */
    public record Candidate(String id, String name, Score score, int projects) {
    }

    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate candidate) -> candidate.score().total(),
                    Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(candidate -> candidate.name() == null ? candidate.id() : candidate.name())
            .thenComparing(Candidate::id);

    private CompetitionRanking() {
    }

    public static List<Ranked> of(Collection<Candidate> candidates) {
        List<Candidate> ordered = candidates.stream().sorted(ORDER).toList();
        List<Ranked> ranked = new ArrayList<>();
        Integer rank = null;
        BigDecimal previous = null;
        for (int place = 1; place <= ordered.size(); place++) {
            Candidate candidate = ordered.get(place - 1);
            BigDecimal total = candidate.score().total();
            if (total == null) {
                rank = null;
            } else if (previous == null || total.compareTo(previous) != 0) {
                rank = place;
            }
            previous = total;
            ranked.add(new Ranked(rank, candidate.id(), candidate.name(), total, candidate.score().breakdown(),
                    candidate.projects()));
        }
        return ranked;
    }
}

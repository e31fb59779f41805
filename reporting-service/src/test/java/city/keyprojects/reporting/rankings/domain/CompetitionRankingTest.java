package city.keyprojects.reporting.rankings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CompetitionRankingTest {

    private static CompetitionRanking.Candidate candidate(String id, String name, String total) {
        return new CompetitionRanking.Candidate(id, name,
                new Score(total == null ? null : new BigDecimal(total), List.of()), 1);
    }

    @Test
    void equal_scores_share_a_rank_and_the_next_rank_skips_as_many_places() {
        List<Ranked> ranked = CompetitionRanking.of(List.of(candidate("d", "D", "70.0"), candidate("a", "A", "90"),
                candidate("c", "C", "80.00"), candidate("b", "B", "80"), candidate("e", "E", "69.99")));
        assertThat(ranked).extracting(Ranked::rank, Ranked::id)
                .containsExactly(tuple(1, "a"), tuple(2, "b"), tuple(2, "c"), tuple(4, "d"), tuple(5, "e"));
    }

    @Test
    void equal_scores_are_listed_by_name_then_id_and_the_unscored_last_without_a_rank() {
        List<Ranked> ranked = CompetitionRanking.of(List.of(candidate("z", null, null), candidate("y2", "Y", "50"),
                candidate("x", "X", null), candidate("y1", "Y", "50"), candidate("w", "W", "50")));
        assertThat(ranked).extracting(Ranked::rank, Ranked::id).containsExactly(tuple(1, "w"), tuple(1, "y1"),
                tuple(1, "y2"), tuple(null, "x"), tuple(null, "z"));
    }

    @Test
    void nobody_to_rank_gives_an_empty_ranking() {
        assertThat(CompetitionRanking.of(List.of())).isEmpty();
    }
}

package city.keyprojects.reporting.rankings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScoreTest {

    private static Assessment value(Criterion criterion, String value) {
        return Assessment.of(criterion, new BigDecimal(value), Map.of());
    }

    private static Assessment none(Criterion criterion) {
        return Assessment.notApplicable(criterion, "no-data", Map.of());
    }

    @Test
    void with_every_criterion_applying_the_weights_are_taken_as_they_are() {
        Score score = Score.of(ScoreWeights.DEFAULT, List.of(value(Criterion.INVESTMENT, "50"),
                value(Criterion.MILESTONES, "100"), value(Criterion.APPROVALS, "0"), value(Criterion.PROBLEMS, "75")));
        assertThat(score.total()).as("20 + 20 + 0 + 15").isEqualByComparingTo("55.00");
    }

    @Test
    void weights_that_do_not_add_up_to_100_are_normalised() {
        Score score = Score.of(new ScoreWeights(1, 1, 1, 1), List.of(value(Criterion.INVESTMENT, "50"),
                value(Criterion.MILESTONES, "100"), value(Criterion.APPROVALS, "0"), value(Criterion.PROBLEMS, "70")));
        assertThat(score.total()).isEqualByComparingTo("55.00");
    }

    @Test
    void the_weight_of_a_criterion_that_does_not_apply_is_shared_by_the_others_and_the_points_add_up() {
        Score score = Score.of(ScoreWeights.DEFAULT, List.of(value(Criterion.INVESTMENT, "90"),
                none(Criterion.MILESTONES), value(Criterion.APPROVALS, "45"), none(Criterion.PROBLEMS)));
        assertThat(score.breakdown()).extracting(Score.Part::weightedPoints, Score.Part::applicable,
                Score.Part::reason).containsExactly(tuple(new BigDecimal("60.00"), true, null),
                        tuple(new BigDecimal("0.00"), false, "no-data"), tuple(new BigDecimal("15.00"), true, null),
                        tuple(new BigDecimal("0.00"), false, "no-data"));
        assertThat(score.total()).isEqualByComparingTo("75.00");
    }

    @Test
    void nothing_applying_or_only_criteria_weighted_zero_gives_no_score() {
        assertThat(Score.of(ScoreWeights.DEFAULT, List.of(none(Criterion.INVESTMENT), none(Criterion.PROBLEMS)))
                .scored()).isFalse();
        Score zeroWeighted = Score.of(new ScoreWeights(100, 0, 0, 0), List.of(none(Criterion.INVESTMENT),
                value(Criterion.MILESTONES, "100")));
        assertThat(zeroWeighted.total()).isNull();
        assertThat(zeroWeighted.breakdown()).hasSize(2);
    }

    @Test
    void a_groups_score_is_the_mean_of_its_scored_members() {
        Score a = Score.of(ScoreWeights.DEFAULT, List.of(value(Criterion.INVESTMENT, "100"),
                none(Criterion.MILESTONES)));
        Score b = Score.of(ScoreWeights.DEFAULT, List.of(value(Criterion.INVESTMENT, "40"),
                value(Criterion.MILESTONES, "100")));
        Score unscored = Score.of(ScoreWeights.DEFAULT, List.of(none(Criterion.INVESTMENT),
                none(Criterion.MILESTONES)));
        Score mean = Score.meanOf(List.of(a, b, unscored));
        assertThat(mean.total()).as("(100 + 60) / 2").isEqualByComparingTo("80.00");
        assertThat(mean.breakdown()).extracting(Score.Part::value, Score.Part::weightedPoints)
                .containsExactly(tuple(new BigDecimal("70.00"), new BigDecimal("63.34")),
                        tuple(new BigDecimal("100.00"), new BigDecimal("16.67")));
        assertThat(Score.meanOf(List.of(unscored)).scored()).isFalse();
    }
}

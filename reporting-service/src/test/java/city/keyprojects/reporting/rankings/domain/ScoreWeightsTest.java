package city.keyprojects.reporting.rankings.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScoreWeightsTest {

    @Test
    void a_negative_weight_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoreWeights(40, -1, 20, 20))
                .withMessageContaining("negative");
    }

    @Test
    void weights_all_zero_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ScoreWeights(0, 0, 0, 0))
                .withMessageContaining("above zero");
    }

    @Test
    void some_weights_may_be_zero_and_each_criterion_has_its_own() {
        ScoreWeights weights = new ScoreWeights(0, 0, 3, 1);
        assertThat(weights.of(Criterion.INVESTMENT)).isZero();
        assertThat(weights.of(Criterion.APPROVALS)).isEqualTo(3);
        assertThat(weights.of(Criterion.PROBLEMS)).isEqualTo(1);
        assertThat(ScoreWeights.DEFAULT.of(Criterion.INVESTMENT)).isEqualTo(40);
    }
}

package city.keyprojects.reporting.rankings.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import city.keyprojects.reporting.rankings.domain.ScoreWeights;

/** {@code reporting.scores.*} as Spring binds it. */
class ScoreSettingsTest {

    private static ScoreSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("reporting.scores", ScoreSettings.class);
    }

    @Test
    void without_configuration_the_weights_are_40_20_20_20() {
        assertThat(bind(Map.of()).scoreWeights()).isEqualTo(ScoreWeights.DEFAULT);
    }

    @Test
    void a_configured_weight_replaces_its_default_only() {
        assertThat(bind(Map.of("reporting.scores.weights.investment", "60")).scoreWeights())
                .isEqualTo(new ScoreWeights(60, 20, 20, 20));
    }

    @Test
    void weights_all_zero_stop_the_start_up() {
        assertThatThrownBy(() -> bind(Map.of("reporting.scores.weights.investment", "0",
                "reporting.scores.weights.milestones", "0", "reporting.scores.weights.approvals", "0",
                "reporting.scores.weights.problems", "0"))).isInstanceOf(BindException.class)
                .hasRootCauseMessage("at least one score weight must be above zero");
    }
}

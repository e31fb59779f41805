package city.keyprojects.reporting.lights.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class LightRulesTest {

    private static final LightRules RULES = new LightRules(BigDecimal.TEN, new BigDecimal("30"), 1, 3);

    @Test
    void below_10_points_behind_is_green_from_10_to_30_yellow_above_30_red() {
        assertThat(RULES.paceLight(new BigDecimal("-5.00"))).as("ahead").isEqualTo(TrafficLight.GREEN);
        assertThat(RULES.paceLight(new BigDecimal("9.99"))).isEqualTo(TrafficLight.GREEN);
        assertThat(RULES.paceLight(new BigDecimal("10.00"))).isEqualTo(TrafficLight.YELLOW);
        assertThat(RULES.paceLight(new BigDecimal("30.00"))).isEqualTo(TrafficLight.YELLOW);
        assertThat(RULES.paceLight(new BigDecimal("30.01"))).isEqualTo(TrafficLight.RED);
    }

    @Test
    void not_started_one_month_after_the_planned_month_is_yellow_three_months_red() {
        assertThat(RULES.notStartedLight(0)).isEqualTo(TrafficLight.GREEN);
        assertThat(RULES.notStartedLight(1)).isEqualTo(TrafficLight.YELLOW);
        assertThat(RULES.notStartedLight(2)).isEqualTo(TrafficLight.YELLOW);
        assertThat(RULES.notStartedLight(3)).isEqualTo(TrafficLight.RED);
    }

    @Test
    void other_thresholds_move_the_lights() {
        LightRules strict = new LightRules(new BigDecimal("5"), new BigDecimal("5"), 2, 2);
        assertThat(strict.paceLight(new BigDecimal("5.00"))).isEqualTo(TrafficLight.YELLOW);
        assertThat(strict.paceLight(new BigDecimal("5.01"))).isEqualTo(TrafficLight.RED);
        assertThat(strict.notStartedLight(1)).isEqualTo(TrafficLight.GREEN);
        assertThat(strict.notStartedLight(2)).isEqualTo(TrafficLight.RED);
    }

    @Test
    void thresholds_that_contradict_each_other_are_refused() {
        assertThatThrownBy(() -> new LightRules(BigDecimal.ZERO, BigDecimal.TEN, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yellowFromPoints");
        assertThatThrownBy(() -> new LightRules(new BigDecimal("30"), BigDecimal.TEN, 1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("redAbovePoints");
        assertThatThrownBy(() -> new LightRules(BigDecimal.TEN, new BigDecimal("100"), 1, 3))
                .as("red would never show").isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("redAbovePoints");
        assertThatThrownBy(() -> new LightRules(BigDecimal.TEN, new BigDecimal("30"), 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notStartedYellowAfterMonths");
        assertThatThrownBy(() -> new LightRules(BigDecimal.TEN, new BigDecimal("30"), 3, 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("notStartedRedAfterMonths");
        assertThatThrownBy(() -> new LightRules(null, new BigDecimal("30"), 1, 3))
                .isInstanceOf(NullPointerException.class);
    }
}

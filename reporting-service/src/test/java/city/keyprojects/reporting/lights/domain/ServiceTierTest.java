package city.keyprojects.reporting.lights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceTierTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            // 推进滞后 → 专题研究, whatever the stage
            "YELLOW, UNDER_CONSTRUCTION, LAGGING",
            "RED, PREPARATION, LAGGING",
            "RED, SUSPENDED, LAGGING",
            // 竣工 / 投产 → 定期回访
            "GREEN, COMPLETED, COMPLETED",
            "GREEN, IN_PRODUCTION, COMPLETED",
            // 储备 / 前期 → 精准指导
            "GREEN, RESERVE, PRE_STAGE",
            "GREEN, PREPARATION, PRE_STAGE",
            // 常规服务
            "GREEN, UNDER_CONSTRUCTION, ON_TRACK",
            "GREEN, SUSPENDED, ON_TRACK" })
    void a_lagging_project_is_studied_a_completed_one_visited_a_pre_stage_one_guided_the_rest_served_routinely(
            TrafficLight light, String stage, ServiceTier tier) {
        assertThat(ServiceTier.of(light, stage)).isEqualTo(tier);
    }
}

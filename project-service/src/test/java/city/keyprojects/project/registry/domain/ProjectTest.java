package city.keyprojects.project.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ProjectTest {

    private static final Instant NOW = Instant.parse("2025-03-19T02:00:00Z");

    @Test
    void a_registered_project_starts_in_reserve_and_says_so_in_one_event() {
        var details = new Project.RegistrationDetails("杨庄水库", "平原县水务局", new CreditCode("91350100M000100Y43"),
                ProjectCode.of(2025, "371426", "04", "01", 7), "371426", Sector.URBAN_CONSTRUCTION,
                Level.PROVINCIAL_KEY, new BigDecimal("1500000000.00"));

        Project.Result result = Project.register("p-1", details, NOW);

        assertThat(result.project().stage()).isEqualTo(Stage.RESERVE);
        assertThat(result.project().registeredAt()).isEqualTo(NOW);
        assertThat(result.events()).containsExactly(new ProjectRegistered("p-1", "杨庄水库", "平原县水务局",
                "91350100M000100Y43", details.projectCode().value(), "371426", Sector.URBAN_CONSTRUCTION,
                Level.PROVINCIAL_KEY, new BigDecimal("1500000000.00"), Stage.RESERVE, NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.registered");
    }

    @Test
    void a_negative_total_investment_is_refused() {
        assertThatThrownBy(() -> new Project.RegistrationDetails("x", null, null, null, "371400", Sector.OTHER,
                Level.DISTRICT_KEY, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }
}

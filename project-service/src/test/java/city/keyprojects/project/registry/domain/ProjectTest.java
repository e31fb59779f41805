package city.keyprojects.project.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

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

    @Test
    void a_correction_changes_only_what_differs_and_names_it() {
        Project project = registered();

        Project.Result result = project.update(new Project.Changes("杨庄水库", null, null, null, Level.PROVINCIAL_MAJOR,
                new BigDecimal("1500000000")), NOW);

        assertThat(result.project().level()).isEqualTo(Level.PROVINCIAL_MAJOR);
        assertThat(result.project().name()).isEqualTo("杨庄水库");
        assertThat(result.events()).containsExactly(new ProjectUpdated("p-1", List.of("level"), null, null,
                null, null, Level.PROVINCIAL_MAJOR, null, NOW));
    }

    @Test
    void a_correction_that_changes_nothing_causes_no_event() {
        Project project = registered();

        Project.Result result = project.update(new Project.Changes(null, "平原县水务局", null, null, null, null), NOW);

        assertThat(result.project()).isEqualTo(project);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void reassigning_responsibility_records_the_previous_officer() {
        Project first = registered().assignResponsibility(
                new Responsibility("副市长", "市水利局", "officer-a", List.of("县自然资源局")), NOW).project();

        Project.Result result = first.assignResponsibility(
                new Responsibility("副市长", "市水利局", "officer-b", null), NOW);

        assertThat(result.project().officer()).isEqualTo("officer-b");
        assertThat(result.events()).containsExactly(new ResponsibilityAssigned("p-1", "副市长", "市水利局", "officer-b",
                List.of(), "officer-a", NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.responsibility-assigned");
    }

    @Test
    void a_new_project_has_no_officer_yet() {
        assertThat(registered().officer()).isNull();
    }

    private static Project registered() {
        return Project.register("p-1", new Project.RegistrationDetails("杨庄水库", "平原县水务局", null, null, "371426",
                Sector.URBAN_CONSTRUCTION, Level.PROVINCIAL_KEY, new BigDecimal("1500000000.00")), NOW).project();
    }
}

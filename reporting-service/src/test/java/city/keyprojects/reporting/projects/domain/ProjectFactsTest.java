package city.keyprojects.reporting.projects.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ProjectFacts.Changed;

class ProjectFactsTest {

    private static final ProjectFacts REGISTERED = ProjectFacts.unknown("P").registeredAs("杨庄水库", "371426",
            "URBAN_CONSTRUCTION", "MUNICIPAL_KEY", "RESERVE", new BigDecimal("950000000"), LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 1, 5));

    @Test
    void the_first_day_of_construction_is_kept_when_a_suspended_project_resumes() {
        ProjectFacts resumed = REGISTERED.movedTo("UNDER_CONSTRUCTION", LocalDate.of(2026, 3, 2))
                .movedTo("SUSPENDED", LocalDate.of(2026, 5, 6))
                .movedTo("UNDER_CONSTRUCTION", LocalDate.of(2026, 7, 1));

        assertThat(resumed.stage()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(resumed.startedOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(resumed.completedOn()).isNull();
    }

    @Test
    void a_corrected_month_replaces_its_earlier_report_and_a_new_plan_replaces_the_years_plan() {
        ProjectFacts facts = REGISTERED
                .reportedFor(YearMonth.of(2026, 4), new BigDecimal("30000000"), new BigDecimal("20"))
                .reportedFor(YearMonth.of(2026, 4), new BigDecimal("32000000"), new BigDecimal("21"))
                .reportedFor(YearMonth.of(2026, 5), new BigDecimal("10000000"), new BigDecimal("25"))
                .plannedFor(2026, new BigDecimal("120000000"), Collections.nCopies(12, new BigDecimal("10000000")))
                .plannedFor(2026, new BigDecimal("240000000"), Collections.nCopies(12, new BigDecimal("20000000")));

        assertThat(facts.completedIn(YearMonth.of(2026, 4))).isEqualByComparingTo("32000000");
        assertThat(facts.completedInYearThrough(2026, 12)).isEqualByComparingTo("42000000");
        assertThat(facts.completedInYearThrough(2026, 4)).isEqualByComparingTo("32000000");
        assertThat(facts.physicalProgress()).isEqualByComparingTo("25");
        assertThat(facts.annualPlan(2026)).isEqualByComparingTo("240000000");
        assertThat(facts.plannedIn(YearMonth.of(2026, 6))).isEqualByComparingTo("20000000");
        assertThat(facts.annualPlan(2027)).isZero();
    }

    @Test
    void a_correction_changes_only_the_fields_it_names_and_may_clear_the_total_investment() {
        ProjectFacts corrected = REGISTERED.correctedTo(Changed.not(), new Changed<>(true, "371402"), Changed.not(),
                Changed.not(), new Changed<>(true, null), Changed.not());

        assertThat(corrected.district()).isEqualTo("371402");
        assertThat(corrected.name()).isEqualTo("杨庄水库");
        assertThat(corrected.totalInvestment()).isNull();
        assertThat(corrected.plannedStart()).isEqualTo(LocalDate.of(2026, 6, 1));
        ProjectFacts renamed = REGISTERED.correctedTo(new Changed<>(true, "新名称"), Changed.not(), Changed.not(),
                Changed.not(), Changed.not(), Changed.not());
        assertThat(renamed.name()).isEqualTo("新名称");
        assertThat(renamed.totalInvestment()).isEqualByComparingTo("950000000");
    }

    @Test
    void facts_arriving_before_the_registration_are_kept_and_the_registration_completes_them() {
        ProjectFacts early = ProjectFacts.unknown("P").plannedFor(2026, new BigDecimal("120000000"),
                Collections.nCopies(12, new BigDecimal("10000000")));
        assertThat(early.registered()).isFalse();

        ProjectFacts registered = early.registeredAs("杨庄水库", "371426", "URBAN_CONSTRUCTION", "MUNICIPAL_KEY",
                "RESERVE", new BigDecimal("950000000"), null, LocalDate.of(2026, 1, 5));
        assertThat(registered.registered()).isTrue();
        assertThat(registered.annualPlan(2026)).isEqualByComparingTo("120000000");
    }
}

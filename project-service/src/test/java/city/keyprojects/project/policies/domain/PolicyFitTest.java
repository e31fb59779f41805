package city.keyprojects.project.policies.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;
import city.keyprojects.project.registry.domain.TestProjects;

class PolicyFitTest {

    static final Instant NOW = Instant.parse("2025-03-19T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2025-03-19");

    /** An industrial municipal key project in Decheng district (371402) of Dezhou, 9.5亿. */
    static Project project() {
        return project("371402", Sector.INDUSTRIAL, Level.MUNICIPAL_KEY, new BigDecimal("950000000.00"));
    }

    static Project project(String district, Sector sector, Level level, BigDecimal investment) {
        return TestProjects.registered("p-1", TestProjects.description("连接器产业园", district, sector, level,
                investment), null);
    }

    static Policy policy(PolicyCriteria criteria) {
        return policy(criteria, null, null);
    }

    static Policy policy(PolicyCriteria criteria, LocalDate validFrom, LocalDate validUntil) {
        return Policy.of("policy-1", new Policy.Details("技改奖补", "市工信局", "设备投资奖补", null, criteria, validFrom,
                validUntil), NOW);
    }

    static PolicyCriteria districts(String... codes) {
        return new PolicyCriteria(null, new TreeSet<>(Set.of(codes)), null, null, null);
    }

    static PolicyCriteria investment(String min, String max) {
        return new PolicyCriteria(null, null, null, min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    @Test
    void a_policy_naming_no_criteria_fits_every_project() {
        assertThat(PolicyFit.fits(policy(PolicyCriteria.any()), project(), TODAY)).isTrue();
        assertThat(PolicyFit.fits(policy(PolicyCriteria.any()),
                project("510703", Sector.OTHER, Level.DISTRICT_KEY, null), TODAY)).isTrue();
    }

    @Nested
    class Sectors {

        @Test
        void a_project_in_one_of_the_sectors_fits() {
            PolicyCriteria criteria = new PolicyCriteria(Set.of(Sector.INDUSTRIAL, Sector.LIVELIHOOD), null, null,
                    null, null);
            assertThat(PolicyFit.fits(policy(criteria), project(), TODAY)).isTrue();
        }

        @Test
        void a_project_in_another_sector_does_not() {
            PolicyCriteria criteria = new PolicyCriteria(Set.of(Sector.LIVELIHOOD), null, null, null, null);
            assertThat(PolicyFit.fits(policy(criteria), project(), TODAY)).isFalse();
        }
    }

    @Nested
    class Levels {

        @Test
        void a_project_at_one_of_the_levels_fits_and_at_another_does_not() {
            PolicyCriteria provincial = new PolicyCriteria(null, null,
                    Set.of(Level.PROVINCIAL_MAJOR, Level.PROVINCIAL_KEY), null, null);
            PolicyCriteria municipal = new PolicyCriteria(null, null, Set.of(Level.MUNICIPAL_KEY), null, null);
            assertThat(PolicyFit.fits(policy(provincial), project(), TODAY)).isFalse();
            assertThat(PolicyFit.fits(policy(municipal), project(), TODAY)).isTrue();
        }
    }

    @Nested
    class Districts {

        @Test
        void a_county_code_covers_only_itself() {
            assertThat(PolicyFit.fits(policy(districts("371402")), project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(policy(districts("371403")), project(), TODAY)).isFalse();
        }

        @Test
        void a_code_ending_in_00_covers_its_whole_prefecture() {
            assertThat(PolicyFit.fits(policy(districts("371400")), project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(policy(districts("371600")), project(), TODAY)).isFalse();
        }

        @Test
        void a_code_ending_in_0000_covers_its_whole_province() {
            assertThat(PolicyFit.fits(policy(districts("370000")), project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(policy(districts("510000")), project(), TODAY)).isFalse();
        }

        @Test
        void any_one_of_several_codes_is_enough() {
            assertThat(PolicyFit.fits(policy(districts("510703", "371402")), project(), TODAY)).isTrue();
        }

        @Test
        void covered_prefixes_follow_the_levels_of_the_code() {
            assertThat(PolicyFit.coveredPrefix("371402")).isEqualTo("371402");
            assertThat(PolicyFit.coveredPrefix("371400")).isEqualTo("3714");
            assertThat(PolicyFit.coveredPrefix("370000")).isEqualTo("37");
        }
    }

    @Nested
    class InvestmentRange {

        @Test
        void both_bounds_are_included() {
            assertThat(PolicyFit.fits(policy(investment("950000000.00", null)), project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(policy(investment(null, "950000000")), project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(policy(investment("950000000", "950000000.00")), project(), TODAY)).isTrue();
        }

        @Test
        void a_project_below_or_above_the_range_does_not_fit() {
            assertThat(PolicyFit.fits(policy(investment("950000000.01", null)), project(), TODAY)).isFalse();
            assertThat(PolicyFit.fits(policy(investment(null, "949999999.99")), project(), TODAY)).isFalse();
        }

        @Test
        void a_project_without_an_investment_figure_does_not_fit_a_policy_with_a_range() {
            Project unknown = project("371402", Sector.INDUSTRIAL, Level.MUNICIPAL_KEY, null);
            assertThat(PolicyFit.fits(policy(investment("0", null)), unknown, TODAY)).isFalse();
            assertThat(PolicyFit.fits(policy(investment(null, "100000000")), unknown, TODAY)).isFalse();
            assertThat(PolicyFit.fits(policy(PolicyCriteria.any()), unknown, TODAY)).isTrue();
        }
    }

    @Test
    void every_criterion_must_hold_at_once() {
        PolicyCriteria all = new PolicyCriteria(Set.of(Sector.INDUSTRIAL), new TreeSet<>(Set.of("371400")),
                Set.of(Level.MUNICIPAL_KEY), new BigDecimal("100000000"), new BigDecimal("1000000000"));
        assertThat(PolicyFit.fits(policy(all), project(), TODAY)).isTrue();
        assertThat(PolicyFit.fits(policy(all),
                project("371402", Sector.INDUSTRIAL, Level.DISTRICT_KEY, new BigDecimal("950000000")), TODAY))
                .isFalse();
        assertThat(PolicyFit.fits(policy(all),
                project("371402", Sector.INDUSTRIAL, Level.MUNICIPAL_KEY, new BigDecimal("1000000000.01")), TODAY))
                .isFalse();
    }

    @Nested
    class Validity {

        @Test
        void an_expired_policy_fits_nothing_but_it_still_fits_on_its_last_day() {
            Policy endsToday = policy(PolicyCriteria.any(), null, TODAY);
            assertThat(PolicyFit.fits(endsToday, project(), TODAY)).isTrue();
            assertThat(PolicyFit.fits(endsToday, project(), TODAY.plusDays(1))).isFalse();
        }

        @Test
        void a_policy_not_yet_in_force_already_fits_so_that_enterprises_can_prepare() {
            Policy fromNextMonth = policy(PolicyCriteria.any(), TODAY.plusMonths(1), null);
            assertThat(PolicyFit.fits(fromNextMonth, project(), TODAY)).isTrue();
        }

        @Test
        void a_withdrawn_policy_fits_nothing() {
            Policy withdrawn = policy(PolicyCriteria.any()).withdraw("superseded", NOW).policy();
            assertThat(PolicyFit.fits(withdrawn, project(), TODAY)).isFalse();
            assertThat(PolicyFit.isCurrent(withdrawn, TODAY)).isFalse();
        }
    }

    @Test
    void a_cancelled_project_gets_no_policy() {
        Project p = project();
        assertThat(PolicyFit.fits(policy(PolicyCriteria.any()), inStage(p, Stage.CANCELLED), TODAY)).isFalse();
        assertThat(PolicyFit.fits(policy(PolicyCriteria.any()), inStage(p, Stage.IN_PRODUCTION), TODAY)).isTrue();
    }

    private static Project inStage(Project p, Stage stage) {
        return new Project(p.id(), p.description(), p.ownerCreditCode(), p.projectCode(), p.hiddenFields(), stage,
                null, p.completedApprovalStages(), p.registeredAt(), p.responsibility());
    }
}

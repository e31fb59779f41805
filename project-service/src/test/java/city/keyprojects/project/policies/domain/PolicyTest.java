package city.keyprojects.project.policies.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;

class PolicyTest {

    static final Instant NOW = Instant.parse("2025-03-19T02:00:00Z");

    static final PolicyCriteria CRITERIA = new PolicyCriteria(Set.of(Sector.LIVELIHOOD, Sector.INDUSTRIAL),
            new TreeSet<>(Set.of("371402", "371400")), Set.of(Level.MUNICIPAL_KEY), new BigDecimal("100000000.00"),
            null);

    static Policy.Details details() {
        return new Policy.Details("技改奖补", "市工信局", "设备投资奖补", "https://gxj.example.gov.cn/zc/1", CRITERIA,
                LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"));
    }

    @Test
    void publishing_announces_the_whole_policy_and_the_projects_it_fits_sorted_once_each() {
        Policy.Result result = Policy.of("policy-1", details(), NOW).publish(List.of("p-b", "p-a", "p-b"));

        assertThat(result.policy().withdrawn()).isFalse();
        assertThat(result.policy().publishedAt()).isEqualTo(NOW);
        assertThat(result.events()).singleElement().isInstanceOfSatisfying(PolicyPublished.class, published -> {
            assertThat(published.type()).isEqualTo("project.policy-published");
            assertThat(published.subject()).isEqualTo("policy-1");
            assertThat(published.title()).isEqualTo("技改奖补");
            assertThat(published.issuer()).isEqualTo("市工信局");
            assertThat(published.link()).isEqualTo("https://gxj.example.gov.cn/zc/1");
            assertThat(published.sectors()).containsExactly(Sector.INDUSTRIAL, Sector.LIVELIHOOD);
            assertThat(published.districts()).containsExactly("371400", "371402");
            assertThat(published.levels()).containsExactly(Level.MUNICIPAL_KEY);
            assertThat(published.minInvestment()).isEqualByComparingTo("100000000");
            assertThat(published.maxInvestment()).isNull();
            assertThat(published.validFrom()).isEqualTo(LocalDate.parse("2025-01-01"));
            assertThat(published.validUntil()).isEqualTo(LocalDate.parse("2025-12-31"));
            assertThat(published.publishedAt()).isEqualTo(NOW);
            assertThat(published.projectIds()).containsExactly("p-a", "p-b");
        });
    }

    @Test
    void a_policy_fitting_no_project_is_still_published() {
        Policy.Result result = Policy.of("policy-1", details(), NOW).publish(List.of());
        assertThat(result.events()).singleElement().isInstanceOfSatisfying(PolicyPublished.class,
                published -> assertThat(published.projectIds()).isEmpty());
    }

    @Test
    void withdrawing_records_when_and_why_and_withdrawing_again_changes_nothing() {
        Instant later = NOW.plusSeconds(3600);
        Policy.Result withdrawn = Policy.of("policy-1", details(), NOW).withdraw("被新政策替代", later);

        assertThat(withdrawn.policy().withdrawn()).isTrue();
        assertThat(withdrawn.policy().withdrawnAt()).isEqualTo(later);
        assertThat(withdrawn.policy().withdrawalReason()).isEqualTo("被新政策替代");
        assertThat(withdrawn.events()).containsExactly(new PolicyWithdrawn("policy-1", "被新政策替代", later));
        assertThat(withdrawn.events().get(0).type()).isEqualTo("project.policy-withdrawn");

        Policy.Result again = withdrawn.policy().withdraw("again", later.plusSeconds(60));
        assertThat(again.events()).isEmpty();
        assertThat(again.policy()).isEqualTo(withdrawn.policy());
    }

    @Test
    void a_policy_cannot_end_before_it_starts_but_may_last_one_day() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Policy.Details("t", "i", "s", null,
                PolicyCriteria.any(), LocalDate.parse("2025-02-01"), LocalDate.parse("2025-01-31")));
        new Policy.Details("t", "i", "s", null, PolicyCriteria.any(), LocalDate.parse("2025-02-01"),
                LocalDate.parse("2025-02-01"));
    }

    @Test
    void criteria_refuse_a_range_upside_down_negative_bounds_and_malformed_districts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyCriteria(null, null, null,
                new BigDecimal("2"), new BigDecimal("1")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyCriteria(null, null, null,
                new BigDecimal("-1"), null));
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyCriteria(null, null, null, null,
                new BigDecimal("-0.01")));
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyCriteria(null,
                new TreeSet<>(Set.of("37140")), null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new PolicyCriteria(null,
                new TreeSet<>(Set.of("^.*$00")), null, null, null));
        new PolicyCriteria(null, null, null, new BigDecimal("5"), new BigDecimal("5.00"));
    }

    @Test
    void criteria_left_out_mean_any_and_are_kept_in_a_stable_order() {
        PolicyCriteria any = new PolicyCriteria(null, null, null, null, null);
        assertThat(any.sectors()).isEmpty();
        assertThat(any.districts()).isEmpty();
        assertThat(any.levels()).isEmpty();
        assertThat(any.limitsInvestment()).isFalse();
        assertThat(new PolicyCriteria(EnumSet.of(Sector.OTHER, Sector.INDUSTRIAL), null, null, null, null).sectors())
                .containsExactly(Sector.INDUSTRIAL, Sector.OTHER);
    }
}

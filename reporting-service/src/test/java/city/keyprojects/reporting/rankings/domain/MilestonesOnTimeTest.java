package city.keyprojects.reporting.rankings.domain;

import static city.keyprojects.reporting.rankings.domain.Facts.AS_OF;
import static city.keyprojects.reporting.rankings.domain.Facts.milestones;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.MilestoneFacts;

class MilestonesOnTimeTest {

    private static MilestoneFacts planned(LocalDate planned, LocalDate reached) {
        return new MilestoneFacts("START", planned, reached);
    }

    @Test
    void the_share_of_due_milestones_reached_by_their_planned_date() {
        Assessment assessment = MilestonesOnTime.assess(milestones(
                planned(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)),
                planned(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2)),
                planned(LocalDate.of(2026, 8, 1), null)), 2026, AS_OF);
        assertThat(assessment.value()).as("1 on time, 1 late, 1 missed").isEqualByComparingTo("33.33");
        assertThat(assessment.figures()).containsEntry("due", BigDecimal.valueOf(3))
                .containsEntry("reachedOnTime", BigDecimal.ONE).containsEntry("reachedLate", BigDecimal.ONE)
                .containsEntry("missed", BigDecimal.ONE);
    }

    @Test
    void a_milestone_reached_early_is_due_and_on_time_and_one_not_yet_passed_is_not_due() {
        Assessment assessment = MilestonesOnTime.assess(milestones(
                planned(LocalDate.of(2026, 12, 20), LocalDate.of(2026, 11, 2)),
                planned(AS_OF, null)), 2026, AS_OF);
        assertThat(assessment.value()).isEqualByComparingTo("100.00");
        assertThat(assessment.figures()).containsEntry("due", BigDecimal.ONE);
    }

    @Test
    void without_a_due_milestone_of_the_year_milestones_are_not_assessed() {
        Assessment assessment = MilestonesOnTime.assess(milestones(
                planned(LocalDate.of(2025, 6, 1), null),
                planned(LocalDate.of(2026, 12, 31), null)), 2026, AS_OF);
        assertThat(assessment.applicable()).isFalse();
        assertThat(assessment.reason()).isEqualTo(MilestonesOnTime.NONE_DUE);
        assertThat(MilestonesOnTime.assess(milestones(), 2026, AS_OF).applicable()).isFalse();
    }
}

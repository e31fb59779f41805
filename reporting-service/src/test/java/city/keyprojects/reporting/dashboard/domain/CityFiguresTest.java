package city.keyprojects.reporting.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.dashboard.domain.CityFigures.Breakdown;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * A worked example (docs/services/reporting-service.md), 2026 as of 22 November:
 * <ul>
 * <li>A — industrial, provincial key, district 371402, 50亿; construction started 10 March 2026; plan 2026 12亿
 * (1亿 a month), 8000万 completed each month January–October; plan 2025 6亿, 5000万 completed in June 2025;</li>
 * <li>B — urban construction, municipal key, 371400, 9500万; started May 2025, completed 30 September 2026; plan
 * 2026 6000万 (500万 a month), 600万 completed each month January–September;</li>
 * <li>C — industrial, municipal key, 371402, 3亿; started February 2025, completed December 2025, in production
 * since 15 February 2026; no plan for 2026;</li>
 * <li>D — cancelled (10亿): not counted; E — only an investment report so far, not registered: not counted.</li>
 * </ul>
 */
class CityFiguresTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final CityFigures FIGURES = CityFigures.of(projects(), 2026, AS_OF);

    @Test
    void the_headline_counts_the_registered_projects_that_are_not_cancelled() {
        CityFigures.Headline headline = FIGURES.headline();
        assertThat(headline.projects()).isEqualTo(3);
        assertThat(headline.totalInvestment()).isEqualByComparingTo("5395000000");
        assertThat(headline.overHundredMillion()).as("A and C; B is 9500万").isEqualTo(2);
    }

    @Test
    void completed_investment_is_set_against_the_annual_plan_as_a_share() {
        CityFigures.Headline headline = FIGURES.headline();
        assertThat(headline.annualPlan()).isEqualByComparingTo("1260000000");
        assertThat(headline.completed()).isEqualByComparingTo("854000000");
        assertThat(headline.completedShare()).as("854 / 1260").isEqualByComparingTo("67.78");
    }

    @Test
    void new_starts_completions_and_production_are_counted_in_the_year_they_happened() {
        CityFigures.Headline headline = FIGURES.headline();
        assertThat(headline.newStarts()).as("A started in 2026; B and C in 2025").isEqualTo(1);
        assertThat(headline.newStartsInvestment()).isEqualByComparingTo("5000000000");
        assertThat(headline.completedProjects()).as("B; C was completed in 2025").isEqualTo(1);
        assertThat(headline.inProduction()).as("C").isEqualTo(1);
    }

    @Test
    void every_month_shows_its_plan_and_completion_and_both_summed_from_january() {
        assertThat(FIGURES.months()).hasSize(12);
        CityFigures.Month january = FIGURES.months().get(0);
        assertThat(january.planned()).isEqualByComparingTo("105000000");
        assertThat(january.completed()).isEqualByComparingTo("86000000");
        CityFigures.Month october = FIGURES.months().get(9);
        assertThat(october.completed()).as("A alone: B stopped reporting after September")
                .isEqualByComparingTo("80000000");
        assertThat(october.plannedToDate()).isEqualByComparingTo("1050000000");
        assertThat(october.completedToDate()).isEqualByComparingTo("854000000");
        CityFigures.Month december = FIGURES.months().get(11);
        assertThat(december.completed()).isEqualByComparingTo("0");
        assertThat(december.plannedToDate()).isEqualByComparingTo("1260000000");
    }

    @Test
    void the_figures_are_broken_down_by_stage_sector_level_and_district() {
        assertThat(FIGURES.byStage()).containsOnlyKeys("UNDER_CONSTRUCTION", "COMPLETED", "IN_PRODUCTION");
        assertThat(FIGURES.bySector().get("INDUSTRIAL")).isEqualTo(new Breakdown(2, new BigDecimal("5300000000"),
                new BigDecimal("1200000000"), new BigDecimal("800000000")));
        assertThat(FIGURES.bySector().get("URBAN_CONSTRUCTION")).isEqualTo(new Breakdown(1,
                new BigDecimal("95000000"), new BigDecimal("60000000"), new BigDecimal("54000000")));
        assertThat(FIGURES.byLevel().get("MUNICIPAL_KEY").projects()).isEqualTo(2);
        assertThat(FIGURES.byDistrict().get("371402").totalInvestment()).isEqualByComparingTo("5300000000");
        assertThat(FIGURES.byDistrict().get("371400").projects()).isEqualTo(1);
    }

    @Test
    void the_previous_year_is_shown_beside_with_the_growth_of_completed_investment() {
        CityFigures.YearOnYear yearOnYear = FIGURES.yearOnYear();
        assertThat(yearOnYear.previousYear()).isEqualTo(2025);
        assertThat(yearOnYear.previousCompleted()).as("January–November 2025: December is not compared yet")
                .isEqualByComparingTo("50000000");
        assertThat(yearOnYear.completedGrowth()).as("(854 - 50) / 50").isEqualByComparingTo("1608.00");
        assertThat(yearOnYear.previousNewStarts()).as("B and C").isEqualTo(2);
        assertThat(yearOnYear.previousAnnualPlan()).isEqualByComparingTo("600000000");
    }

    @Test
    void a_past_year_counts_all_its_months_and_a_month_not_reached_yet_counts_nothing() {
        CityFigures lastYear = CityFigures.of(projects(), 2025, AS_OF);
        assertThat(lastYear.headline().completed()).isEqualByComparingTo("120000000");
        CityFigures asOfMay = CityFigures.of(projects(), 2026, LocalDate.of(2026, 5, 31));
        assertThat(asOfMay.headline().completed()).as("A: 5 × 8000万, B: 5 × 600万").isEqualByComparingTo("430000000");
        assertThat(asOfMay.months().get(5).completed()).isEqualByComparingTo("0");
    }

    @Test
    void without_a_previous_year_to_compare_there_is_no_year_on_year_and_without_a_plan_no_share() {
        CityFigures first = CityFigures.of(List.of(projects().get(2)), 2026, AS_OF);
        assertThat(first.yearOnYear()).isNull();
        assertThat(first.headline().completedShare()).isNull();
        CityFigures none = CityFigures.of(List.of(), 2026, AS_OF);
        assertThat(none.headline().projects()).isZero();
        assertThat(none.byStage()).isEmpty();
    }

    private static List<ProjectFacts> projects() {
        ProjectFacts a = registered("A", "INDUSTRIAL", "PROVINCIAL_KEY", "371402", "5000000000")
                .movedTo("UNDER_CONSTRUCTION", LocalDate.of(2026, 3, 10))
                .plannedFor(2026, money("1200000000"), twelve("100000000"))
                .plannedFor(2025, money("600000000"), twelve("50000000"))
                .reportedFor(YearMonth.of(2025, 6), money("50000000"), money("5"))
                .reportedFor(YearMonth.of(2025, 12), money("70000000"), money("8"));
        for (int month = 1; month <= 10; month++) {
            a = a.reportedFor(YearMonth.of(2026, month), money("80000000"), money("40"));
        }
        ProjectFacts b = registered("B", "URBAN_CONSTRUCTION", "MUNICIPAL_KEY", "371400", "95000000")
                .movedTo("UNDER_CONSTRUCTION", LocalDate.of(2025, 5, 1))
                .movedTo("COMPLETED", LocalDate.of(2026, 9, 30))
                .plannedFor(2026, money("60000000"), twelve("5000000"));
        for (int month = 1; month <= 9; month++) {
            b = b.reportedFor(YearMonth.of(2026, month), money("6000000"), money("100"));
        }
        ProjectFacts c = registered("C", "INDUSTRIAL", "MUNICIPAL_KEY", "371402", "300000000")
                .movedTo("UNDER_CONSTRUCTION", LocalDate.of(2025, 2, 1))
                .movedTo("COMPLETED", LocalDate.of(2025, 12, 20))
                .movedTo("IN_PRODUCTION", LocalDate.of(2026, 2, 15));
        ProjectFacts d = registered("D", "INDUSTRIAL", "MUNICIPAL_KEY", "371402", "1000000000")
                .movedTo("CANCELLED", LocalDate.of(2026, 4, 1))
                .plannedFor(2026, money("120000000"), twelve("10000000"));
        ProjectFacts e = ProjectFacts.unknown("E").reportedFor(YearMonth.of(2026, 5), money("9000000"), money("3"));
        return List.of(a, b, c, d, e);
    }

    private static ProjectFacts registered(String id, String sector, String level, String district, String total) {
        return ProjectFacts.unknown(id).registeredAs("项目" + id, district, sector, level, "PREPARATION",
                money(total), null, LocalDate.of(2025, 1, 10));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> twelve(String amount) {
        return Collections.nCopies(12, money(amount));
    }
}

package city.keyprojects.reporting.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts.Changed;
import city.keyprojects.reporting.projects.domain.TicketFacts;

class CityTotalsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    @Test
    void totals_kept_running_change_by_change_give_the_figures_of_a_fold_of_the_final_facts() {
        List<ProjectFacts> projects = new ArrayList<>();
        CityTotals running = CityTotals.NONE;
        for (String id : List.of("A", "B", "C")) {
            ProjectFacts facts = ProjectFacts.unknown(id);
            for (UnaryOperator<ProjectFacts> change : lifeOf(id)) {
                ProjectFacts after = change.apply(facts);
                running = running.plus(CityTotals.change(facts, after));
                facts = after;
            }
            projects.add(facts);
        }

        for (int year : List.of(2025, 2026)) {
            assertThat(CityFigures.of(running, year, AS_OF)).as("figures of %d", year).usingRecursiveComparison()
                    .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                    .isEqualTo(CityFigures.of(projects, year, AS_OF));
        }
        assertThat(CityFigures.of(running, 2026, AS_OF).byDistrict()).as("B moved to 371402, C left")
                .containsOnlyKeys("371400", "371402");
        assertThat(running.projects()).as("C was cancelled").isEqualTo(2);
    }

    @Test
    void a_project_cancelled_takes_away_all_it_contributed() {
        ProjectFacts planned = registered("A").movedTo("UNDER_CONSTRUCTION", LocalDate.of(2026, 3, 1))
                .plannedFor(2026, money("1200"), twelve("100"))
                .reportedFor(YearMonth.of(2026, 4), money("80"), money("10"));
        ProjectFacts cancelled = planned.movedTo("CANCELLED", LocalDate.of(2026, 6, 1));

        CityTotals left = CityTotals.of(planned).plus(CityTotals.change(planned, cancelled));

        assertThat(left.isNone()).as("left: %s", left).isTrue();
        assertThat(CityFigures.of(left, 2026, AS_OF).byStage()).isEmpty();
    }

    @Test
    void a_change_the_figures_do_not_sum_changes_no_totals() {
        ProjectFacts project = registered("A");
        ProjectFacts withTicket = project.ticket("T1", none -> TicketFacts.reported("APPROVAL",
                LocalDate.of(2026, 6, 1)));

        assertThat(CityTotals.change(project, withTicket).isNone()).isTrue();
        assertThat(CityTotals.change(ProjectFacts.unknown("B"), ProjectFacts.unknown("B")
                .reportedFor(YearMonth.of(2026, 5), money("9"), money("1"))).isNone())
                .as("a project not yet registered counts nothing").isTrue();
    }

    private static List<UnaryOperator<ProjectFacts>> lifeOf(String id) {
        return List.of(
                facts -> registered(id).registeredAs("项目" + id, "371400", "INDUSTRIAL", "MUNICIPAL_KEY",
                        "PREPARATION", money("150000000"), null, LocalDate.of(2025, 1, 10)),
                facts -> facts.plannedFor(2025, money("600"), twelve("50")),
                facts -> facts.movedTo("UNDER_CONSTRUCTION", LocalDate.of(2025, 5, 1)),
                facts -> facts.reportedFor(YearMonth.of(2025, 6), money("40"), money("5")),
                facts -> facts.plannedFor(2026, money("1200"), twelve("100")),
                facts -> facts.reportedFor(YearMonth.of(2026, 2), money("90"), money("20")),
                facts -> facts.reportedFor(YearMonth.of(2026, 2), money("95.50"), money("21")),
                facts -> "B".equals(id) ? facts.correctedTo(Changed.not(), new Changed<>(true, "371402"),
                        Changed.not(), Changed.not(), new Changed<>(true, money("90000000")), Changed.not())
                        : facts,
                facts -> facts.movedTo("COMPLETED", LocalDate.of(2026, 9, 30)),
                facts -> "C".equals(id) ? facts.movedTo("CANCELLED", LocalDate.of(2026, 10, 1))
                        : facts.movedTo("IN_PRODUCTION", LocalDate.of(2026, 10, 15)));
    }

    private static ProjectFacts registered(String id) {
        return ProjectFacts.unknown(id).registeredAs("项目" + id, "371402", "INDUSTRIAL", "MUNICIPAL_KEY",
                "PREPARATION", money("300000000"), null, LocalDate.of(2025, 1, 10));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> twelve(String amount) {
        return Collections.nCopies(12, money(amount));
    }
}

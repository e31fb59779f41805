package city.keyprojects.reporting.rankings.domain;

import static city.keyprojects.reporting.rankings.domain.Facts.AS_OF;
import static city.keyprojects.reporting.rankings.domain.Facts.CALENDAR;
import static city.keyprojects.reporting.rankings.domain.Facts.closedUnconfirmed;
import static city.keyprojects.reporting.rankings.domain.Facts.completed;
import static city.keyprojects.reporting.rankings.domain.Facts.decision;
import static city.keyprojects.reporting.rankings.domain.Facts.milestone;
import static city.keyprojects.reporting.rankings.domain.Facts.open;
import static city.keyprojects.reporting.rankings.domain.Facts.planned;
import static city.keyprojects.reporting.rankings.domain.Facts.project;
import static city.keyprojects.reporting.rankings.domain.Facts.solved;
import static city.keyprojects.reporting.rankings.domain.Facts.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * The worked example (docs/services/reporting-service.md, HANDOFF.md): 2026 as of Sunday 22 November, default
 * weights (investment 40, milestones 20, approvals 20, problems 20). Investment "to date" is January–October.
 *
 * <table>
 * <tr><th>project</th><th>district, officer</th><th>investment</th><th>milestones</th><th>approvals</th>
 * <th>problems</th><th>score</th></tr>
 * <tr><td>A 连接器产业园</td><td>371402, wang</td><td>80 of 100 (1000万 a month planned, 800万 done) = 80</td>
 * <td>start 1 Mar reached 25 Feb, topping-out 30 Sep reached 20 Oct, completion 31 Dec not due: 1 of 2 = 50</td>
 * <td>zjj on time, zrj late (a 2025 zjj decision is another year's): 1 of 2 = 50</td>
 * <td>jtj solved, gdj open due 2 Nov (overdue): 1 of 2 = 50 − 10 = 40</td>
 * <td>32 + 10 + 10 + 8 = <b>60.00</b></td></tr>
 * <tr><td>B 第二水厂</td><td>371402, li</td><td>60 of 50 = 120 → capped 100</td><td>n/a (none)</td>
 * <td>zjj on time: 100</td><td>n/a (none)</td>
 * <td>weights 40 + 20 = 60: 100×40/60 = 66.67, 100×20/60 = 33.33 → <b>100.00</b></td></tr>
 * <tr><td>C 实验学校</td><td>371400, wang</td><td>n/a (no plan)</td><td>start 1 Jun reached 1 Jun: 100</td>
 * <td>n/a</td><td>gdj open, due Friday 20 Nov: not overdue (no working day since): 0 of 1 = 0</td>
 * <td>weights 20 + 20 = 40: 50 + 0 = <b>50.00</b></td></tr>
 * <tr><td>D 人民医院</td><td>371400, li</td><td>75 of 100 = 75</td><td>start 1 Apr missed: 0</td>
 * <td>zrj on time: 100</td><td>jtj solved, jtj closed by the clock unconfirmed: 1 of 2 = 50</td>
 * <td>30 + 0 + 20 + 10 = <b>60.00</b></td></tr>
 * <tr><td>E 储备项目</td><td>371400, none</td><td colspan="4">no data: nothing applies</td>
 * <td>not scored</td></tr>
 * <tr><td>F (cancelled), G (not registered)</td><td colspan="6">take no part</td></tr>
 * </table>
 * Projects: B 1, A 2, D 2 (tie, by name), C 4, E unranked. Districts: 371402 (A, B) (60 + 100) / 2 = 80.00 rank 1;
 * 371400 (C, D; E unscored) (50 + 60) / 2 = 55.00 rank 2. Officers: li (B, D) 80.00 rank 1; wang (A, C) 55.00 rank 2.
 * Departments (approvals and problems only): zjj 2 of 2 decisions on time = 100.00; jtj 2 of 3 tickets solved =
 * 66.67; zrj 1 of 2 on time = 50.00; gdj 0 of 2 solved, one overdue = 0 − 10 → 0.00.
 */
class RankingsReportTest {

    private static final RankingsReport REPORT = RankingsReport.of(projects(), 2026, AS_OF, ScoreWeights.DEFAULT,
            CALENDAR);

    @Test
    void each_project_is_scored_on_every_criterion_that_applies_and_ranked_with_ties_sharing_a_rank() {
        assertThat(REPORT.projects()).extracting(Ranked::rank, Ranked::id, Ranked::score, Ranked::projects)
                .containsExactly(tuple(1, "B", new BigDecimal("100.00"), 1), tuple(2, "A", new BigDecimal("60.00"), 1),
                        tuple(2, "D", new BigDecimal("60.00"), 1), tuple(4, "C", new BigDecimal("50.00"), 1),
                        tuple(null, "E", null, 1));
    }

    @Test
    void a_projects_breakdown_shows_each_criterions_value_weight_points_and_figures() {
        Ranked a = REPORT.project("A").orElseThrow();
        assertThat(a.breakdown()).extracting(Score.Part::criterion, Score.Part::value, Score.Part::weight,
                Score.Part::weightedPoints, Score.Part::applicable).containsExactly(
                        tuple(Criterion.INVESTMENT, new BigDecimal("80.00"), 40, new BigDecimal("32.00"), true),
                        tuple(Criterion.MILESTONES, new BigDecimal("50.00"), 20, new BigDecimal("10.00"), true),
                        tuple(Criterion.APPROVALS, new BigDecimal("50.00"), 20, new BigDecimal("10.00"), true),
                        tuple(Criterion.PROBLEMS, new BigDecimal("40.00"), 20, new BigDecimal("8.00"), true));
        assertThat(a.breakdown().get(0).figures()).containsEntry("plannedToDate", new BigDecimal("100000000"))
                .containsEntry("completedToDate", new BigDecimal("80000000"))
                .containsEntry("monthsDue", BigDecimal.TEN);
        assertThat(a.breakdown().get(1).figures()).containsEntry("due", BigDecimal.valueOf(2))
                .containsEntry("reachedOnTime", BigDecimal.ONE).containsEntry("reachedLate", BigDecimal.ONE);
        assertThat(a.breakdown().get(2).figures()).as("the 2025 decision is not 2026's")
                .containsEntry("decisions", BigDecimal.valueOf(2));
        assertThat(a.breakdown().get(3).figures()).containsEntry("overdue", BigDecimal.ONE)
                .containsEntry("penalty", BigDecimal.TEN);
    }

    @Test
    void a_criterion_without_data_says_so_and_its_weight_goes_to_the_others() {
        Ranked b = REPORT.project("B").orElseThrow();
        assertThat(b.breakdown()).extracting(Score.Part::criterion, Score.Part::value, Score.Part::weightedPoints,
                Score.Part::applicable, Score.Part::reason).containsExactly(
                        tuple(Criterion.INVESTMENT, new BigDecimal("100.00"), new BigDecimal("66.67"), true, null),
                        tuple(Criterion.MILESTONES, null, new BigDecimal("0.00"), false, MilestonesOnTime.NONE_DUE),
                        tuple(Criterion.APPROVALS, new BigDecimal("100.00"), new BigDecimal("33.33"), true, null),
                        tuple(Criterion.PROBLEMS, null, new BigDecimal("0.00"), false, ProblemsSolved.NO_TICKETS));
        assertThat(REPORT.project("E").orElseThrow().breakdown()).noneMatch(Score.Part::applicable);
    }

    @Test
    void cancelled_and_unregistered_projects_take_no_part() {
        assertThat(REPORT.project("F")).isEmpty();
        assertThat(REPORT.project("G")).isEmpty();
        assertThat(REPORT.projects()).hasSize(5);
    }

    @Test
    void districts_are_ranked_by_the_mean_of_their_scored_projects() {
        assertThat(REPORT.districts()).extracting(Ranked::rank, Ranked::id, Ranked::score, Ranked::projects)
                .containsExactly(tuple(1, "371402", new BigDecimal("80.00"), 2),
                        tuple(2, "371400", new BigDecimal("55.00"), 3));
        Ranked first = REPORT.districts().get(0);
        assertThat(first.breakdown()).extracting(Score.Part::criterion, Score.Part::value,
                Score.Part::weightedPoints).as("means of A's and B's; the points add up to 80.01 by rounding")
                .containsExactly(tuple(Criterion.INVESTMENT, new BigDecimal("90.00"), new BigDecimal("49.34")),
                        tuple(Criterion.MILESTONES, new BigDecimal("50.00"), new BigDecimal("5.00")),
                        tuple(Criterion.APPROVALS, new BigDecimal("75.00"), new BigDecimal("21.67")),
                        tuple(Criterion.PROBLEMS, new BigDecimal("40.00"), new BigDecimal("4.00")));
        assertThat(first.breakdown().get(1).figures()).containsEntry("scoredProjects", BigDecimal.valueOf(2))
                .containsEntry("applicableProjects", BigDecimal.ONE);
    }

    @Test
    void officers_are_ranked_by_the_mean_of_the_projects_they_follow() {
        assertThat(REPORT.officers()).extracting(Ranked::rank, Ranked::id, Ranked::score, Ranked::projects)
                .containsExactly(tuple(1, "li", new BigDecimal("80.00"), 2), tuple(2, "wang", new BigDecimal("55.00"), 2));
    }

    @Test
    void departments_are_ranked_on_the_approvals_they_decided_and_the_tickets_handed_to_them() {
        assertThat(REPORT.departments()).extracting(Ranked::rank, Ranked::id, Ranked::score, Ranked::projects)
                .containsExactly(tuple(1, "zjj", new BigDecimal("100.00"), 2),
                        tuple(2, "jtj", new BigDecimal("66.67"), 2), tuple(3, "zrj", new BigDecimal("50.00"), 2),
                        tuple(4, "gdj", new BigDecimal("0.00"), 2));
        assertThat(REPORT.departments().get(0).breakdown()).extracting(Score.Part::criterion)
                .containsExactly(Criterion.APPROVALS, Criterion.PROBLEMS);
        assertThat(REPORT.departments().get(3).breakdown().get(1).figures())
                .containsEntry("tickets", BigDecimal.valueOf(2)).containsEntry("overdue", BigDecimal.ONE);
    }

    @Test
    void last_years_report_counts_its_whole_plan_and_its_own_decisions() {
        RankingsReport last = RankingsReport.of(projects(), 2025, AS_OF, ScoreWeights.DEFAULT, CALENDAR);
        assertThat(last.departments()).extracting(Ranked::id).as("only tickets carry no year")
                .containsExactly("zjj", "jtj", "gdj");
        assertThat(last.project("A").orElseThrow().breakdown().get(2).figures())
                .containsEntry("decisions", BigDecimal.ONE);
        assertThat(last.weights()).isEqualTo(ScoreWeights.DEFAULT);
        assertThat(last.asOf()).isEqualTo(AS_OF);
    }

    private static List<ProjectFacts> projects() {
        ProjectFacts a = completed(planned(project("A", "A 连接器产业园", "371402", "wang"), 2026, "10000000"), 2026, 10,
                "8000000");
        a = milestone(a, "a-start", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 25));
        a = milestone(a, "a-top", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 20));
        a = milestone(a, "a-done", LocalDate.of(2026, 12, 31), null);
        a = decision(a, "LAND_USE", "zjj", LocalDate.of(2026, 4, 10), true);
        a = decision(a, "PLANNING", "zrj", LocalDate.of(2026, 5, 6), false);
        a = a.decided("a-2025", "PROJECT_APPROVAL", new ApprovalFacts(
                "zjj", LocalDate.of(2025, 11, 3), 10, 5, true));
        a = ticket(a, "a-road", solved("jtj"));
        a = ticket(a, "a-power", open("gdj", LocalDate.of(2026, 11, 2)));

        ProjectFacts b = completed(planned(project("B", "B 第二水厂", "371402", "li"), 2026, "5000000"), 2026, 10,
                "6000000");
        b = decision(b, "LAND_USE", "zjj", LocalDate.of(2026, 3, 3), true);

        ProjectFacts c = milestone(project("C", "C 实验学校", "371400", "wang"), "c-start", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 1));
        c = ticket(c, "c-power", open("gdj", LocalDate.of(2026, 11, 20)));

        ProjectFacts d = completed(planned(project("D", "D 人民医院", "371400", "li"), 2026, "10000000"), 2026, 10,
                "7500000");
        d = milestone(d, "d-start", LocalDate.of(2026, 4, 1), null);
        d = decision(d, "PLANNING", "zrj", LocalDate.of(2026, 7, 1), true);
        d = ticket(d, "d-road", solved("jtj"));
        d = ticket(d, "d-water", closedUnconfirmed("jtj"));

        ProjectFacts e = project("E", "E 储备项目", "371400", null);
        ProjectFacts f = planned(project("F", "F 已取消", "371400", "li"), 2026, "10000000")
                .movedTo("CANCELLED", LocalDate.of(2026, 4, 1));
        ProjectFacts g = ProjectFacts.unknown("G").reportedFor(YearMonth.of(2026, 5), new BigDecimal("9000000"),
                BigDecimal.ONE);
        return List.of(a, b, c, d, e, f, g);
    }
}

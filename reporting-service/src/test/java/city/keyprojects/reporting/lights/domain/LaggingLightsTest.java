package city.keyprojects.reporting.lights.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import city.keyprojects.reporting.lights.domain.ProjectLight.Reason;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * Worked examples (HANDOFF.md, for docs/services/reporting-service.md), 2026 as of 22 November 2026 unless said:
 * the reports of January–October are due, so the pace is measured through October. A project "on plan" has an
 * annual plan of 1.2亿 (120,000,000), 1000万 a month, so 1亿 is planned to date and each 120万 short is one point.
 * Thresholds: yellow from 10 points, red above 30; not started one month after the planned month yellow, three red.
 */
class LaggingLightsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final LightRules RULES = new LightRules(BigDecimal.TEN, new BigDecimal("30"), 1, 3);

    @Test
    void behind_9_99_points_is_green_10_yellow_30_yellow_30_01_red() {
        assertPace(light(onPlan("p").reportedFor(YearMonth.of(2026, 6), money("88012000"), null)), "9.99",
                TrafficLight.GREEN, LightRules.ON_PACE);
        assertPace(light(onPlan("p").reportedFor(YearMonth.of(2026, 6), money("88000000"), null)), "10.00",
                TrafficLight.YELLOW, LightRules.BEHIND_PLANNED_PACE);
        assertPace(light(onPlan("p").reportedFor(YearMonth.of(2026, 6), money("64000000"), null)), "30.00",
                TrafficLight.YELLOW, LightRules.BEHIND_PLANNED_PACE);
        assertPace(light(onPlan("p").reportedFor(YearMonth.of(2026, 6), money("63988000"), null)), "30.01",
                TrafficLight.RED, LightRules.BEHIND_PLANNED_PACE);
    }

    @Test
    void the_light_is_decided_on_the_points_as_shown_rounded_to_two_decimals() {
        // 1199.4万 behind = 9.995 points, shown 10.00: yellow, as a reader of the figures would expect.
        assertPace(light(onPlan("p").reportedFor(YearMonth.of(2026, 6), money("88006000"), null)), "10.00",
                TrafficLight.YELLOW, LightRules.BEHIND_PLANNED_PACE);
    }

    @Test
    void the_explanation_carries_the_figures_the_light_was_set_on() {
        ProjectFacts project = onPlan("p");
        for (int month = 1; month <= 10; month++) {
            project = project.reportedFor(YearMonth.of(2026, month), money("8000000"), null);
        }
        ProjectLight light = light(project);

        assertThat(light.light()).isEqualTo(TrafficLight.YELLOW);
        assertThat(light.explanation().stage()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(light.explanation().dueThrough()).isEqualTo("2026-10");
        assertThat(light.explanation().annualPlan()).isEqualByComparingTo("120000000");
        assertThat(light.explanation().plannedToDate()).isEqualByComparingTo("100000000");
        assertThat(light.explanation().completedToDate()).isEqualByComparingTo("80000000");
        assertThat(light.explanation().pointsBehind()).as("2000万 / 1.2亿").isEqualByComparingTo("16.67");
        assertThat(light.explanation().monthsLate()).as("started").isNull();
        assertThat(light.explanation().reasons())
                .containsExactly(new Reason(LightRules.BEHIND_PLANNED_PACE, TrafficLight.YELLOW));
        assertThat(light.name()).isEqualTo("项目p");
        assertThat(light.district()).isEqualTo("371402");
        assertThat(light.sector()).isEqualTo("INDUSTRIAL");
        assertThat(light.officer()).isEqualTo("officer-p");
        assertThat(light.tier()).isEqualTo(ServiceTier.LAGGING);
    }

    @Test
    void the_month_of_as_of_is_not_due_yet_so_its_report_does_not_count() {
        ProjectFacts project = onPlan("p").reportedFor(YearMonth.of(2026, 10), money("60000000"), null)
                .reportedFor(YearMonth.of(2026, 11), money("40000000"), null);
        ProjectLight light = light(project);
        assertThat(light.explanation().completedToDate()).isEqualByComparingTo("60000000");
        assertPace(light, "33.33", TrafficLight.RED, LightRules.BEHIND_PLANNED_PACE);
    }

    @Test
    void ahead_of_the_planned_pace_is_green_with_negative_points() {
        ProjectLight light = light(onPlan("p").reportedFor(YearMonth.of(2026, 3), money("112000000"), null));
        assertPace(light, "-10.00", TrafficLight.GREEN, LightRules.ON_PACE);
        assertThat(light.tier()).isEqualTo(ServiceTier.ON_TRACK);
    }

    @Test
    void not_started_one_month_after_the_planned_month_is_yellow_three_months_red() {
        ProjectLight inPlannedMonth = light(notStarted("p", LocalDate.of(2026, 11, 1)));
        assertThat(inPlannedMonth.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(inPlannedMonth.rule()).isEqualTo(LightRules.NO_PLAN);
        assertThat(inPlannedMonth.explanation().monthsLate()).isNull();
        assertThat(inPlannedMonth.tier()).isEqualTo(ServiceTier.PRE_STAGE);

        assertStart(light(notStarted("p", LocalDate.of(2026, 10, 31))), 1, TrafficLight.YELLOW);
        assertStart(light(notStarted("p", LocalDate.of(2026, 9, 1))), 2, TrafficLight.YELLOW);
        assertStart(light(notStarted("p", LocalDate.of(2026, 8, 31))), 3, TrafficLight.RED);
        assertStart(light(notStarted("p", LocalDate.of(2025, 12, 1))), 11, TrafficLight.RED);
        assertThat(light(notStarted("p", LocalDate.of(2026, 8, 31))).tier()).isEqualTo(ServiceTier.LAGGING);
    }

    @Test
    void when_both_rules_apply_the_worse_light_wins_and_both_reasons_are_kept() {
        // 20 points behind (yellow) and not started three months after August (red).
        ProjectFacts both = notStarted("p", LocalDate.of(2026, 8, 1))
                .plannedFor(2026, money("120000000"), twelve("10000000"))
                .reportedFor(YearMonth.of(2026, 5), money("76000000"), null);
        ProjectLight light = light(both);
        assertThat(light.light()).isEqualTo(TrafficLight.RED);
        assertThat(light.rule()).isEqualTo(LightRules.NOT_STARTED_IN_PLANNED_MONTH);
        assertThat(light.explanation().reasons()).containsExactly(
                new Reason(LightRules.NOT_STARTED_IN_PLANNED_MONTH, TrafficLight.RED),
                new Reason(LightRules.BEHIND_PLANNED_PACE, TrafficLight.YELLOW));
        assertThat(light.explanation().pointsBehind()).isEqualByComparingTo("20.00");
        assertThat(light.explanation().monthsLate()).isEqualTo(3L);

        // Both yellow: the pace is named first.
        ProjectLight tie = light(notStarted("p", LocalDate.of(2026, 10, 1))
                .plannedFor(2026, money("120000000"), twelve("10000000"))
                .reportedFor(YearMonth.of(2026, 5), money("76000000"), null));
        assertThat(tie.light()).isEqualTo(TrafficLight.YELLOW);
        assertThat(tie.rule()).isEqualTo(LightRules.BEHIND_PLANNED_PACE);
        assertThat(tie.explanation().reasons()).containsExactly(
                new Reason(LightRules.BEHIND_PLANNED_PACE, TrafficLight.YELLOW),
                new Reason(LightRules.NOT_STARTED_IN_PLANNED_MONTH, TrafficLight.YELLOW));
    }

    @Test
    void a_completed_or_producing_project_is_green_however_far_behind_and_due_a_return_visit() {
        ProjectFacts completed = onPlan("p").movedTo("COMPLETED", LocalDate.of(2026, 9, 30));
        ProjectLight light = light(completed);
        assertThat(light.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(light.rule()).isEqualTo(LightRules.COMPLETED);
        assertThat(light.explanation().reasons()).containsExactly(new Reason(LightRules.COMPLETED,
                TrafficLight.GREEN));
        assertThat(light.explanation().pointsBehind()).as("the figures are still shown: 1亿 of 1.2亿")
                .isEqualByComparingTo("83.33");
        assertThat(light.tier()).isEqualTo(ServiceTier.COMPLETED);

        ProjectFacts producing = notStarted("q", LocalDate.of(2025, 1, 1)).movedTo("IN_PRODUCTION",
                LocalDate.of(2026, 2, 1));
        assertThat(light(producing).rule()).isEqualTo(LightRules.COMPLETED);
        assertThat(light(producing).tier()).isEqualTo(ServiceTier.COMPLETED);
    }

    @Test
    void without_a_plan_for_the_year_there_is_no_pace_light() {
        ProjectFacts noPlan = started("p").plannedFor(2025, money("120000000"), twelve("10000000"));
        ProjectLight light = light(noPlan);
        assertThat(light.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(light.rule()).isEqualTo(LightRules.NO_PLAN);
        assertThat(light.explanation().annualPlan()).isNull();
        assertThat(light.explanation().pointsBehind()).isNull();
        assertThat(light.explanation().plannedToDate()).isEqualByComparingTo("0");

        ProjectLight zeroPlan = light(started("p").plannedFor(2026, BigDecimal.ZERO, twelve("0")));
        assertThat(zeroPlan.rule()).as("a plan of nothing is no plan").isEqualTo(LightRules.NO_PLAN);

        ProjectLight notStartedEither = light(notStarted("p", LocalDate.of(2026, 10, 1)));
        assertThat(notStartedEither.light()).isEqualTo(TrafficLight.YELLOW);
        assertThat(notStartedEither.explanation().reasons()).containsExactly(
                new Reason(LightRules.NOT_STARTED_IN_PLANNED_MONTH, TrafficLight.YELLOW),
                new Reason(LightRules.NO_PLAN, TrafficLight.GREEN));
    }

    @Test
    void in_january_nothing_is_due_yet_but_a_start_missed_in_december_still_counts() {
        LocalDate january = LocalDate.of(2026, 1, 20);
        ProjectLight onPlan = LaggingLights.lightOf(onPlan("p"), 2026, january, RULES);
        assertThat(onPlan.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(onPlan.rule()).isEqualTo(LightRules.NOTHING_DUE_YET);
        assertThat(onPlan.explanation().dueThrough()).isNull();
        assertThat(onPlan.explanation().plannedToDate()).isNull();
        assertThat(onPlan.explanation().pointsBehind()).isNull();

        ProjectLight late = LaggingLights.lightOf(notStarted("p", LocalDate.of(2025, 12, 15))
                .plannedFor(2026, money("120000000"), twelve("10000000")), 2026, january, RULES);
        assertThat(late.light()).isEqualTo(TrafficLight.YELLOW);
        assertThat(late.explanation().reasons()).containsExactly(
                new Reason(LightRules.NOT_STARTED_IN_PLANNED_MONTH, TrafficLight.YELLOW),
                new Reason(LightRules.NOTHING_DUE_YET, TrafficLight.GREEN));

        ProjectLight february = LaggingLights.lightOf(onPlan("p"), 2026, LocalDate.of(2026, 2, 1), RULES);
        assertThat(february.explanation().dueThrough()).isEqualTo("2026-01");
        assertPace(february, "8.33", TrafficLight.GREEN, LightRules.ON_PACE);
    }

    @Test
    void a_past_year_is_judged_through_december_as_it_closed() {
        ProjectFacts project = notStarted("p", LocalDate.of(2025, 10, 8))
                .plannedFor(2025, money("120000000"), twelve("10000000"))
                .reportedFor(YearMonth.of(2025, 12), money("90000000"), null)
                .movedTo("UNDER_CONSTRUCTION", LocalDate.of(2026, 2, 3))
                .movedTo("COMPLETED", LocalDate.of(2026, 10, 1));
        ProjectLight light = LaggingLights.lightOf(project, 2025, AS_OF, RULES);
        assertThat(light.explanation().dueThrough()).isEqualTo("2025-12");
        assertThat(light.explanation().pointsBehind()).as("3000万 of 1.2亿 short").isEqualByComparingTo("25.00");
        assertThat(light.explanation().monthsLate()).as("October to January: not started when 2025 closed")
                .isEqualTo(3L);
        assertThat(light.light()).isEqualTo(TrafficLight.RED);
        assertThat(light.rule()).as("completed only in 2026").isEqualTo(LightRules.NOT_STARTED_IN_PLANNED_MONTH);
    }

    @Test
    void a_project_registered_under_construction_without_a_start_day_has_started() {
        ProjectFacts registeredUnderWay = ProjectFacts.unknown("p").registeredAs("项目p", "371402", "INDUSTRIAL",
                "MUNICIPAL_KEY", "UNDER_CONSTRUCTION", money("500000000"), LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 1, 5));
        ProjectLight light = light(registeredUnderWay);
        assertThat(light.light()).isEqualTo(TrafficLight.GREEN);
        assertThat(light.explanation().monthsLate()).isNull();
    }

    @Test
    void the_report_counts_lights_and_tiers_and_lists_red_and_yellow_by_project_id() {
        ProjectFacts cancelled = notStarted("x-cancelled", LocalDate.of(2025, 1, 1)).movedTo("CANCELLED",
                LocalDate.of(2026, 3, 1));
        ProjectFacts unregistered = ProjectFacts.unknown("x-unregistered")
                .plannedFor(2026, money("120000000"), twelve("10000000"));
        List<ProjectFacts> facts = List.of(
                onPlan("d-red").reportedFor(YearMonth.of(2026, 6), money("10000000"), null),
                onPlan("a-green").reportedFor(YearMonth.of(2026, 6), money("100000000"), null),
                notStarted("c-yellow", LocalDate.of(2026, 10, 1)),
                notStarted("b-red", LocalDate.of(2026, 1, 1)),
                onPlan("e-completed").movedTo("COMPLETED", LocalDate.of(2026, 6, 1)),
                notStarted("f-pre-stage", LocalDate.of(2027, 3, 1)),
                cancelled, unregistered);

        LightsReport report = LaggingLights.of(facts, 2026, AS_OF, RULES);

        assertThat(report.year()).isEqualTo(2026);
        assertThat(report.asOf()).isEqualTo(AS_OF);
        assertThat(report.rules()).isEqualTo(RULES);
        assertThat(report.projects()).extracting(ProjectLight::projectId)
                .as("registered, not cancelled, by id")
                .containsExactly("a-green", "b-red", "c-yellow", "d-red", "e-completed", "f-pre-stage");
        assertThat(report.counts()).isEqualTo(new LightsReport.Counts(3, 1, 2));
        assertThat(report.red()).extracting(ProjectLight::projectId).containsExactly("b-red", "d-red");
        assertThat(report.yellow()).extracting(ProjectLight::projectId).containsExactly("c-yellow");
        assertThat(report.tiers()).containsExactly(Map.entry(ServiceTier.ON_TRACK, 1L),
                Map.entry(ServiceTier.PRE_STAGE, 1L), Map.entry(ServiceTier.COMPLETED, 1L),
                Map.entry(ServiceTier.LAGGING, 3L));

        LightsReport none = LaggingLights.of(List.of(), 2026, AS_OF, RULES);
        assertThat(none.counts()).isEqualTo(new LightsReport.Counts(0, 0, 0));
        assertThat(none.tiers()).containsOnlyKeys(ServiceTier.values()).allSatisfy((tier, count) ->
                assertThat(count).isZero());
    }

    private static ProjectLight light(ProjectFacts project) {
        return LaggingLights.lightOf(project, 2026, AS_OF, RULES);
    }

    private static void assertPace(ProjectLight light, String points, TrafficLight expected, String rule) {
        assertThat(light.explanation().pointsBehind()).isEqualByComparingTo(points);
        assertThat(light.light()).as("%s points behind", points).isEqualTo(expected);
        assertThat(light.rule()).isEqualTo(rule);
    }

    private static void assertStart(ProjectLight light, long monthsLate, TrafficLight expected) {
        assertThat(light.explanation().monthsLate()).isEqualTo(monthsLate);
        assertThat(light.light()).as("%d months late", monthsLate).isEqualTo(expected);
        assertThat(light.rule()).isEqualTo(LightRules.NOT_STARTED_IN_PLANNED_MONTH);
    }

    /** Under construction since March 2026 with the 1.2亿 plan; nothing completed yet. */
    private static ProjectFacts onPlan(String id) {
        return started(id).plannedFor(2026, money("120000000"), twelve("10000000"));
    }

    private static ProjectFacts started(String id) {
        return registered(id, "PREPARATION", LocalDate.of(2026, 3, 1)).movedTo("UNDER_CONSTRUCTION",
                LocalDate.of(2026, 3, 10));
    }

    private static ProjectFacts notStarted(String id, LocalDate plannedStart) {
        return registered(id, "PREPARATION", plannedStart);
    }

    private static ProjectFacts registered(String id, String stage, LocalDate plannedStart) {
        return ProjectFacts.unknown(id).registeredAs("项目" + id, "371402", "INDUSTRIAL", "MUNICIPAL_KEY", stage,
                money("500000000"), plannedStart, LocalDate.of(2025, 12, 1))
                .assigned(new ProjectFacts.Responsibility("副区长", "区发改局", "officer-" + id));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<BigDecimal> twelve(String amount) {
        return Collections.nCopies(12, money(amount));
    }
}

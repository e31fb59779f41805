package city.keyprojects.reporting.lights.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One project's light, the rule that set it, and the figures it was set on (the explanation); its service tier.
 *
 * @param rule  the rule of the worst light among the reasons ({@link LightRules}' names)
 */
public record ProjectLight(String projectId, String name, String district, String sector, String officer,
        TrafficLight light, String rule, Explanation explanation, ServiceTier tier) {

    /** A rule that gave a light, with the light it gave. */
    public record Reason(String rule, TrafficLight light) {
    }

    /**
     * The figures behind the light. Amounts in yuan; points with 2 decimals, rounded half up, as the light was
     * decided on them.
     *
     * @param dueThrough       the last month ({@code yyyy-MM}) whose investment report is due, null when none is yet
     * @param annualPlan       the year's planned investment, null without a plan
     * @param plannedToDate    planned from January through {@code dueThrough}, null when nothing is due
     * @param completedToDate  completed from January through {@code dueThrough}, null when nothing is due
     * @param pointsBehind     (planned − completed) / annual plan × 100; negative when ahead; null when not measured
     * @param plannedStart     the planned start, if any
     * @param monthsLate       whole months from the planned start's month, not started; null unless late to start
     * @param reasons          every rule that gave a light, worst first (the pace before the start on a tie)
     */
    public record Explanation(String stage, String dueThrough, BigDecimal annualPlan, BigDecimal plannedToDate,
            BigDecimal completedToDate, BigDecimal pointsBehind, LocalDate plannedStart, Long monthsLate,
            List<Reason> reasons) {

        public Explanation {
            reasons = List.copyOf(reasons);
        }
    }
}

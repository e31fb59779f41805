package city.keyprojects.reporting.lights.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The thresholds of the traffic lights (推进滞后), and the names of the rules a light quotes as its reason.
 *
 * @param yellowFromPoints             yellow from this many percentage points behind the planned pace (序时进度)
 * @param redAbovePoints               red when more than this many points behind
 * @param notStartedYellowAfterMonths  yellow when not started this many months after the planned start's month
 *                                     (1: not started in the planned month)
 * @param notStartedRedAfterMonths     red when not started this many months after it
 */
public record LightRules(BigDecimal yellowFromPoints, BigDecimal redAbovePoints, int notStartedYellowAfterMonths,
        int notStartedRedAfterMonths) {

    public static final String BEHIND_PLANNED_PACE = "behind-planned-pace";
    public static final String ON_PACE = "on-pace";
    public static final String NO_PLAN = "no-plan";
    public static final String NOTHING_DUE_YET = "nothing-due-yet";
    public static final String NOT_STARTED_IN_PLANNED_MONTH = "not-started-in-planned-month";
    public static final String COMPLETED = "completed";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public LightRules {
        Objects.requireNonNull(yellowFromPoints, "yellowFromPoints");
        Objects.requireNonNull(redAbovePoints, "redAbovePoints");
        if (yellowFromPoints.signum() <= 0) {
            throw new IllegalArgumentException("yellowFromPoints must be above 0, not " + yellowFromPoints);
        }
        // More than 100 points behind cannot happen while the plan is spread over the year: red would never show.
        if (redAbovePoints.compareTo(yellowFromPoints) < 0 || redAbovePoints.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("redAbovePoints must be from yellowFromPoints (" + yellowFromPoints
                    + ") to below 100, not " + redAbovePoints);
        }
        if (notStartedYellowAfterMonths < 1) {
            throw new IllegalArgumentException("notStartedYellowAfterMonths must be at least 1, not "
                    + notStartedYellowAfterMonths);
        }
        if (notStartedRedAfterMonths < notStartedYellowAfterMonths) {
            throw new IllegalArgumentException("notStartedRedAfterMonths must be at least notStartedYellowAfterMonths ("
                    + notStartedYellowAfterMonths + "), not " + notStartedRedAfterMonths);
        }
    }

    /** 序时进度: red above {@code redAbovePoints} behind, yellow from {@code yellowFromPoints}, else green. */
    public TrafficLight paceLight(BigDecimal pointsBehind) {
        if (pointsBehind.compareTo(redAbovePoints) > 0) {
            return TrafficLight.RED;
        }
        return pointsBehind.compareTo(yellowFromPoints) >= 0 ? TrafficLight.YELLOW : TrafficLight.GREEN;
    }

    /** Not started, {@code monthsLate} whole months after the planned start's month. */
    public TrafficLight notStartedLight(long monthsLate) {
        if (monthsLate >= notStartedRedAfterMonths) {
            return TrafficLight.RED;
        }
        return monthsLate >= notStartedYellowAfterMonths ? TrafficLight.YELLOW : TrafficLight.GREEN;
    }
}

package city.keyprojects.issue.tickets.domain;

import java.util.EnumMap;
import java.util.Map;

/**
 * How many working days the city gives itself to answer a problem (限时办结), by category and severity. Land and
 * demolition take longest; an approval problem is short because the approval itself already has a statutory
 * limit; a policy question is answered within 2 working days whatever its severity (惠企政策咨询, seed 001).
 */
public final class ResponseLimits {

    public static final int POLICY_QUESTION_WORKING_DAYS = 2;

    /** Working days for GENERAL, SERIOUS and URGENT problems of each category. */
    private static final Map<TicketCategory, int[]> LIMITS = new EnumMap<>(Map.of(
            TicketCategory.LAND, new int[] {20, 10, 5},
            TicketCategory.DEMOLITION, new int[] {20, 10, 5},
            TicketCategory.ROAD_ACCESS, new int[] {10, 5, 3},
            TicketCategory.UTILITIES, new int[] {10, 5, 3},
            TicketCategory.APPROVAL, new int[] {5, 3, 2},
            TicketCategory.FINANCING, new int[] {15, 10, 5},
            TicketCategory.LABOUR, new int[] {10, 5, 3},
            TicketCategory.POLICY_QUESTION, new int[] {POLICY_QUESTION_WORKING_DAYS, POLICY_QUESTION_WORKING_DAYS,
                    POLICY_QUESTION_WORKING_DAYS},
            TicketCategory.OTHER, new int[] {10, 5, 3}));

    private ResponseLimits() {
    }

    public static int workingDays(TicketCategory category, Severity severity) {
        return LIMITS.get(category)[severity.ordinal()];
    }
}

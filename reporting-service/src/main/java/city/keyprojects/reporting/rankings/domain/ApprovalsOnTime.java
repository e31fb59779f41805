package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import city.keyprojects.reporting.projects.domain.ApprovalFacts;

/**
 * Approvals on time (按时办结率): of the final decisions taken in {@code year} up to {@code asOf}, the share taken
 * within the item's limit. Their working days already leave out the time the applicant owed something (补正、
 * 容缺补件), so a late applicant does not count against the department. Not applicable without a final decision.
 */
public final class ApprovalsOnTime {

    public static final String NO_DECISIONS = "no-final-decisions";

    private ApprovalsOnTime() {
    }

    public static Assessment assess(Collection<ApprovalFacts> decisions, int year, LocalDate asOf) {
        long decided = 0;
        long onTime = 0;
        for (ApprovalFacts decision : decisions) {
            if (decidedInYear(decision, year, asOf)) {
                decided++;
                if (decision.onTime()) {
                    onTime++;
                }
            }
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("decisions", BigDecimal.valueOf(decided));
        figures.put("onTime", BigDecimal.valueOf(onTime));
        if (decided == 0) {
            return Assessment.notApplicable(Criterion.APPROVALS, NO_DECISIONS, figures);
        }
        return Assessment.of(Criterion.APPROVALS, Assessment.percent(onTime, decided), figures);
    }

    /** A decision counts for the year it was taken in, once taken by {@code asOf}. */
    static boolean decidedInYear(ApprovalFacts decision, int year, LocalDate asOf) {
        return decision.decidedOn() != null && decision.decidedOn().getYear() == year
                && !decision.decidedOn().isAfter(asOf);
    }
}

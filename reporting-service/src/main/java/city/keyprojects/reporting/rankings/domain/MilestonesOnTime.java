package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import city.keyprojects.reporting.projects.domain.MilestoneFacts;

/**
 * Milestones on time (节点按期率): of the year's milestones (planned in {@code year}) that are due by {@code asOf} —
 * reached, or unreached with their planned date passed — the share reached by the planned date. Not applicable
 * while none is due.
 */
public final class MilestonesOnTime {

    public static final String NONE_DUE = "no-milestones-due";

    private MilestonesOnTime() {
    }

    public static Assessment assess(Collection<MilestoneFacts> milestones, int year, LocalDate asOf) {
        long due = 0;
        long onTime = 0;
        long late = 0;
        for (MilestoneFacts milestone : milestones) {
            if (milestone.plannedDate() == null || milestone.plannedDate().getYear() != year) {
                continue;
            }
            boolean reached = milestone.actualDate() != null && !milestone.actualDate().isAfter(asOf);
            if (reached || milestone.missedBy(asOf)) {
                due++;
                if (milestone.reachedOnTime()) {
                    onTime++;
                } else if (reached) {
                    late++;
                }
            }
        }
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("due", BigDecimal.valueOf(due));
        figures.put("reachedOnTime", BigDecimal.valueOf(onTime));
        figures.put("reachedLate", BigDecimal.valueOf(late));
        figures.put("missed", BigDecimal.valueOf(due - onTime - late));
        if (due == 0) {
            return Assessment.notApplicable(Criterion.MILESTONES, NONE_DUE, figures);
        }
        return Assessment.of(Criterion.MILESTONES, Assessment.percent(onTime, due), figures);
    }
}

package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * Investment against plan (投资完成率): completed to date over planned to date, capped at 100%. "To date" is through
 * the last month whose report is due — the month before {@code asOf}'s month, as a month is reported in the next
 * one; the whole year once it is over. Not applicable while nothing is planned to date.
 */
public final class InvestmentAgainstPlan {

    public static final String NO_PLAN_TO_DATE = "no-plan-to-date";

    private InvestmentAgainstPlan() {
    }

    public static Assessment assess(ProjectFacts project, int year, LocalDate asOf) {
        int months = monthsDue(year, asOf);
        BigDecimal planned = project.plannedInYearThrough(year, months);
        BigDecimal completed = project.completedInYearThrough(year, months);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("monthsDue", BigDecimal.valueOf(months));
        figures.put("plannedToDate", planned);
        figures.put("completedToDate", completed);
        if (planned.signum() <= 0) {
            return Assessment.notApplicable(Criterion.INVESTMENT, NO_PLAN_TO_DATE, figures);
        }
        return Assessment.of(Criterion.INVESTMENT, Assessment.percent(completed, planned).min(Assessment.HUNDRED),
                figures);
    }

    /** The months of {@code year} whose report is due by {@code asOf}: 0 to 12. */
    public static int monthsDue(int year, LocalDate asOf) {
        if (asOf.getYear() > year) {
            return 12;
        }
        return asOf.getYear() < year ? 0 : asOf.getMonthValue() - 1;
    }
}

package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.util.List;

import city.keyprojects.platform.problem.RuleViolationException;

/**
 * Rule: physical progress (形象进度) of the whole project does not go back — a month's progress is not below the
 * nearest earlier reported month's, nor (when an earlier month is corrected) above the nearest later one's —
 * unless the report explains why (e.g. a part was demolished and rebuilt, or an earlier figure was overstated).
 */
public final class ProgressDoesNotGoBack {

    public static final String RULE = "progress-does-not-go-back";

    private ProgressDoesNotGoBack() {
    }

    /**
     * @param reports every report of the project in month order, without the month being reported
     */
    public static void check(String month, ReportValues values, List<MonthlyReport> reports) {
        if (values.explained()) {
            return;
        }
        BigDecimal progress = values.physicalProgress();
        MonthlyReport before = null;
        MonthlyReport after = null;
        for (MonthlyReport other : reports) {
            if (other.month().compareTo(month) < 0) {
                before = other;
            } else if (after == null) {
                after = other;
            }
        }
        if (before != null && before.latest().physicalProgress().compareTo(progress) > 0) {
            throw violation(month, progress, "down from", before);
        }
        if (after != null && after.latest().physicalProgress().compareTo(progress) < 0) {
            throw violation(month, progress, "above the later", after);
        }
    }

    private static RuleViolationException violation(String month, BigDecimal progress, String relation,
            MonthlyReport other) {
        return new RuleViolationException(RULE, "Physical progress of " + progress.toPlainString() + "% in " + month
                + " would be " + relation + " " + other.latest().physicalProgress().toPlainString() + "% in "
                + other.month() + "; give an explanation to report it anyway.");
    }
}

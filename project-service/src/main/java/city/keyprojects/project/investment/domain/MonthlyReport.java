package city.keyprojects.project.investment.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The report of one month ({@code YYYY-MM}) with every revision, oldest first. Whether it was late is decided by
 * its first submission and kept: a correction does not make a report late or on time. {@code dueDate} (ISO) is
 * null only if the calendar did not yet cover the following month when a report was submitted within its month.
 */
public record MonthlyReport(String month, String dueDate, boolean late, List<ReportRevision> revisions) {

    public MonthlyReport {
        revisions = List.copyOf(revisions);
        if (revisions.isEmpty()) {
            throw new IllegalArgumentException("a report has at least one revision");
        }
    }

    public YearMonth yearMonth() {
        return YearMonth.parse(month);
    }

    public LocalDate due() {
        return dueDate == null ? null : LocalDate.parse(dueDate);
    }

    public ReportRevision latest() {
        return revisions.get(revisions.size() - 1);
    }

    public int revision() {
        return latest().revision();
    }
}

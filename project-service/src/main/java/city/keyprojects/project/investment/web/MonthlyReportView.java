package city.keyprojects.project.investment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.project.investment.domain.MonthlyReport;
import city.keyprojects.project.investment.domain.ReportRevision;

/**
 * A month's report with every revision, oldest first; the current values are the last revision's, and
 * {@code revision} is what a correction must quote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MonthlyReportView(String projectId, String month, LocalDate dueDate, boolean late, int revision,
        List<RevisionView> revisions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RevisionView(int revision, BigDecimal completedInvestment, BigDecimal physicalProgress,
            String narrative, String explanation, String submittedBy, Instant submittedAt) {

        static RevisionView of(ReportRevision revision) {
            return new RevisionView(revision.revision(), revision.completedInvestment(), revision.physicalProgress(),
                    revision.narrative(), revision.explanation(), revision.submittedBy(), revision.submittedAt());
        }
    }

    static MonthlyReportView of(String projectId, MonthlyReport report) {
        return new MonthlyReportView(projectId, report.month(), report.due(), report.late(), report.revision(),
                report.revisions().stream().map(RevisionView::of).toList());
    }
}

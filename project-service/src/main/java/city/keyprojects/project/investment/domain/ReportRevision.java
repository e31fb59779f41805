package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One version of a month's report, as submitted; a correction adds a revision and keeps this one. */
public record ReportRevision(int revision, BigDecimal completedInvestment, BigDecimal physicalProgress,
        String narrative, String explanation, String submittedBy, Instant submittedAt) {

    boolean sameValues(ReportValues values) {
        return completedInvestment.compareTo(values.completedInvestment()) == 0
                && physicalProgress.compareTo(values.physicalProgress()) == 0
                && narrative.equals(values.narrative())
                && Objects.equals(explanation, values.explanation());
    }
}

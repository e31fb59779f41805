package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an officer reports for a month, already validated for form: investment completed in that month (yuan),
 * physical progress (形象进度) in percent of the whole project, a narrative, and an optional explanation that
 * justifies progress going back or cumulative investment above the project's total.
 */
public record ReportValues(BigDecimal completedInvestment, BigDecimal physicalProgress, String narrative,
        String explanation) {

    public ReportValues {
        Objects.requireNonNull(completedInvestment, "completedInvestment");
        Objects.requireNonNull(physicalProgress, "physicalProgress");
        Objects.requireNonNull(narrative, "narrative");
        if (completedInvestment.signum() < 0) {
            throw new IllegalArgumentException("completedInvestment must not be negative");
        }
        if (physicalProgress.signum() < 0 || physicalProgress.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("physicalProgress must be between 0 and 100");
        }
        explanation = explanation == null || explanation.isBlank() ? null : explanation;
    }

    boolean explained() {
        return explanation != null;
    }
}

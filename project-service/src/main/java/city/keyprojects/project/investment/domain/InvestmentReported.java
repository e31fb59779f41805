package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A month's report was submitted ({@code revision} 1) or corrected (2, 3 …): the full new values, which replace
 * the earlier revision of that month. {@code completedThisYear} and {@code cumulativeCompleted} are the sums over
 * the latest revision of every reported month after this report, so a consumer need not add them up itself.
 */
public record InvestmentReported(
        String projectId,
        String month,
        int revision,
        BigDecimal completedInvestment,
        BigDecimal physicalProgress,
        String narrative,
        String explanation,
        LocalDate dueDate,
        boolean late,
        BigDecimal completedThisYear,
        BigDecimal cumulativeCompleted,
        Instant reportedAt) implements InvestmentEvent {

    @Override
    public String type() {
        return "project.investment-reported";
    }
}

package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * A year's planned investment (年度计划投资) in yuan, decomposed by month (January first). {@code revision} counts
 * how often it was set; a change must quote the revision it replaces.
 */
public record AnnualPlan(int year, BigDecimal annualAmount, List<BigDecimal> monthlyAmounts, int revision,
        Instant setAt) {

    public AnnualPlan {
        Objects.requireNonNull(annualAmount, "annualAmount");
        monthlyAmounts = List.copyOf(monthlyAmounts);
        if (monthlyAmounts.size() != 12) {
            throw new IllegalArgumentException("a plan has twelve monthly amounts, not " + monthlyAmounts.size());
        }
    }

    public BigDecimal plannedFor(Month month) {
        return monthlyAmounts.get(month.ordinal());
    }

    boolean sameAmounts(BigDecimal annual, List<BigDecimal> monthly) {
        if (annualAmount.compareTo(annual) != 0) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            if (monthlyAmounts.get(i).compareTo(monthly.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }
}

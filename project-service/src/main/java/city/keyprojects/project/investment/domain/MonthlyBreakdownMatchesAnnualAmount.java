package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.util.List;

import city.keyprojects.platform.problem.RuleViolationException;

/** Rule: a year's twelve monthly amounts add up exactly to its annual planned investment (计划按月分解). */
public final class MonthlyBreakdownMatchesAnnualAmount {

    public static final String RULE = "monthly-breakdown-matches-annual-amount";

    private MonthlyBreakdownMatchesAnnualAmount() {
    }

    public static void check(BigDecimal annualAmount, List<BigDecimal> monthlyAmounts) {
        BigDecimal sum = monthlyAmounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(annualAmount) != 0) {
            throw new RuleViolationException(RULE, "The monthly amounts add up to " + sum.toPlainString()
                    + " yuan, not the annual amount of " + annualAmount.toPlainString() + " yuan.");
        }
    }
}

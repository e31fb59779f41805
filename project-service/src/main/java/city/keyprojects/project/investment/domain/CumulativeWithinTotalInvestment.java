package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;

import city.keyprojects.platform.problem.RuleViolationException;

/**
 * Rule: the investment completed over all months reported may not exceed the project's total investment unless
 * the report explains why (e.g. the total is being revised). A project without a total has no limit.
 */
public final class CumulativeWithinTotalInvestment {

    public static final String RULE = "cumulative-investment-within-total";

    private CumulativeWithinTotalInvestment() {
    }

    public static void check(BigDecimal cumulative, BigDecimal totalInvestment, ReportValues values) {
        if (totalInvestment != null && cumulative.compareTo(totalInvestment) > 0 && !values.explained()) {
            throw new RuleViolationException(RULE, "Completed investment would add up to " + cumulative.toPlainString()
                    + " yuan, more than the project's total investment of " + totalInvestment.toPlainString()
                    + " yuan; give an explanation to report it anyway.");
        }
    }
}

package city.keyprojects.project.investment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A year's planned investment (年度计划投资) was set or replaced as a whole: a consumer replaces what it holds for
 * that year. {@code monthlyAmounts} are January to December, summing exactly to {@code annualAmount}.
 */
public record AnnualPlanSet(
        String projectId,
        int year,
        BigDecimal annualAmount,
        List<BigDecimal> monthlyAmounts,
        int revision,
        Instant setAt) implements InvestmentEvent {

    @Override
    public String type() {
        return "project.annual-plan-set";
    }
}

package city.keyprojects.project.investment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import city.keyprojects.project.investment.domain.AnnualPlan;

/** A year's plan; {@code revision} is what the next change must quote. */
public record AnnualPlanView(int year, BigDecimal annualAmount, List<BigDecimal> monthlyAmounts, int revision,
        Instant setAt) {

    static AnnualPlanView of(AnnualPlan plan) {
        return plan == null ? null : new AnnualPlanView(plan.year(), plan.annualAmount(), plan.monthlyAmounts(),
                plan.revision(), plan.setAt());
    }
}

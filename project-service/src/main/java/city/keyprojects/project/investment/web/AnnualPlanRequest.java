package city.keyprojects.project.investment.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.web.Yuan;

/**
 * The body of {@code PUT /api/projects/{id}/annual-plans/{year}}: the year's planned investment in yuan and its
 * twelve monthly amounts (January first), which must add up to it; {@code revision} is the plan's revision as
 * read, 0 when the year has no plan yet.
 */
public record AnnualPlanRequest(
        @NotNull @PositiveOrZero @Max(1_000_000) Integer revision,
        @NotNull @Yuan BigDecimal annualAmount,
        @NotNull @Size(min = 12, max = 12, message = "must have twelve amounts, January to December")
        List<@NotNull @Yuan BigDecimal> monthlyAmounts) {
}

package city.keyprojects.project.investment.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code PUT /api/projects/{id}/annual-plans/{year}}: the year's planned investment in yuan and its
 * twelve monthly amounts (January first), which must add up to it; {@code revision} is the plan's revision as
 * read, 0 when the year has no plan yet.
 */
public record AnnualPlanRequest(
        @NotNull @PositiveOrZero @Max(1_000_000) Integer revision,
        @NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "10000000000000.00", message = "must be at most 10 trillion yuan")
        @Digits(integer = 14, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal annualAmount,
        @NotNull @Size(min = 12, max = 12, message = "must have twelve amounts, January to December")
        List<@NotNull @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "10000000000000.00", message = "must be at most 10 trillion yuan")
        @Digits(integer = 14, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal> monthlyAmounts) {
}

package city.keyprojects.project.investment.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.investment.domain.ReportValues;
import city.keyprojects.project.web.Yuan;

/**
 * The body of {@code PUT /api/projects/{id}/monthly-reports/{month}}: investment completed in that month (yuan),
 * physical progress of the whole project in percent (one decimal), a narrative, and an optional explanation that
 * lets progress go back or cumulative investment exceed the total. {@code revision} is the report's revision as
 * read, 0 for the month's first report; anything else is a correction.
 */
public record MonthlyReportRequest(
        @NotNull @PositiveOrZero @Max(1_000_000) Integer revision,
        @NotNull @Yuan BigDecimal completedInvestment,
        @NotNull @DecimalMin(value = "0", message = "must be between 0 and 100")
        @DecimalMax(value = "100", message = "must be between 0 and 100")
        @Digits(integer = 3, fraction = 1, message = "must be a percentage with at most one decimal") BigDecimal physicalProgress,
        @NotBlank @Size(max = 2000) String narrative,
        @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 1000) String explanation) {

    ReportValues toValues() {
        return new ReportValues(completedInvestment, physicalProgress, narrative.strip(),
                explanation == null ? null : explanation.strip());
    }
}

package city.keyprojects.project.registry.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.registry.domain.CreditCode;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.ProjectCode;
import city.keyprojects.project.registry.domain.Sector;

/** The body of {@code POST /api/projects}. Server-owned fields (id, stage, version) cannot be sent. */
public record RegisterProjectRequest(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String ownerName,
        @Size(max = 18) String ownerCreditCode,
        @Size(max = 24) String projectCode,
        @NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String district,
        @NotNull Sector sector,
        @NotNull Level level,
        @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "10000000000000.00", message = "must be at most 10 trillion yuan")
        @Digits(integer = 14, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal totalInvestment) {

    /** @throws InvalidInputException naming each code that is not valid, and why */
    Project.RegistrationDetails toDetails() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (ownerCreditCode != null) {
            CreditCode.problemWith(ownerCreditCode)
                    .ifPresent(problem -> errors.add(new InvalidInputException.FieldError("ownerCreditCode", problem)));
        }
        if (projectCode != null) {
            ProjectCode.problemWith(projectCode)
                    .ifPresent(problem -> errors.add(new InvalidInputException.FieldError("projectCode", problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Project.RegistrationDetails(name.strip(), ownerName == null ? null : ownerName.strip(),
                ownerCreditCode == null ? null : new CreditCode(ownerCreditCode),
                projectCode == null ? null : new ProjectCode(projectCode), district, sector, level, totalInvestment);
    }
}

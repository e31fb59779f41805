package city.keyprojects.project.registry.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Sector;

/**
 * The body of {@code PATCH /api/projects/{id}}: the fields to correct (the others are left out) and the
 * {@code version} of the project as read. Server-owned fields (id, stage, responsibility) cannot be sent.
 */
public record UpdateProjectRequest(
        @NotNull @PositiveOrZero Long version,
        @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200) String name,
        @Size(max = 200) String ownerName,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String district,
        Sector sector,
        Level level,
        @DecimalMin(value = "0.00", message = "must not be negative")
        @DecimalMax(value = "10000000000000.00", message = "must be at most 10 trillion yuan")
        @Digits(integer = 14, fraction = 2, message = "must be yuan with at most two decimals") BigDecimal totalInvestment) {

    Project.Changes toChanges() {
        return new Project.Changes(name == null ? null : name.strip(), ownerName == null ? null : ownerName.strip(),
                district, sector, level, totalInvestment);
    }
}

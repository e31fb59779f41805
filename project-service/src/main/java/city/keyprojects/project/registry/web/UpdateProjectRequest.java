package city.keyprojects.project.registry.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.ProjectCode;
import city.keyprojects.project.registry.domain.PublicField;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.web.Area;
import city.keyprojects.project.web.Yuan;

/**
 * The body of {@code PATCH /api/projects/{id}}: the fields to correct (the others are left out) and the
 * {@code version} of the project as read. {@code projectCode} replaces a local code with the national one;
 * {@code hiddenFields} replaces the set of fields hidden from the public. Server-owned fields (id, stage,
 * responsibility) cannot be sent.
 */
public record UpdateProjectRequest(
        @NotNull @PositiveOrZero Long version,
        @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Size(max = 200) String name,
        @Size(max = 2000) String summary,
        @Size(max = 200) String ownerName,
        @Size(max = 24) String projectCode,
        @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String district,
        Sector sector,
        Level level,
        @Size(max = 100) String industryChain,
        @Size(max = 200) String address,
        @Valid LocationRequest location,
        @Yuan BigDecimal totalInvestment,
        @Area BigDecimal landAreaMu,
        @Area BigDecimal floorAreaSqm,
        @Min(0) @Max(10_000) Integer buildings,
        @Size(max = 20) List<@NotNull @Valid PhaseRequest> phases,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        @Size(max = 20) List<@NotNull PublicField> hiddenFields) {

    /** @throws InvalidInputException naming each field that is not valid, and why */
    Project.Changes toChanges() {
        new DescriptionFields.Checks()
                .projectCode("projectCode", projectCode)
                .plausibleDate("plannedStart", plannedStart)
                .plausibleDate("plannedCompletion", plannedCompletion)
                .datesInOrder(plannedStart, plannedCompletion)
                .throwIfAny();
        return new Project.Changes(name == null ? null : name.strip(), DescriptionFields.strip(summary),
                DescriptionFields.strip(ownerName), projectCode == null ? null : new ProjectCode(projectCode),
                district, sector, level, DescriptionFields.strip(industryChain), DescriptionFields.strip(address),
                LocationRequest.toGeoPoint(location), totalInvestment, landAreaMu, floorAreaSqm,
                buildings, PhaseRequest.toPhases(phases), plannedStart, plannedCompletion,
                hiddenFields);
    }
}

package city.keyprojects.project.registry.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.registry.domain.Responsibility;

/** The body of {@code PUT /api/projects/{id}/responsibility}: who answers for the project from now on. */
public record AssignResponsibilityRequest(
        @Size(max = 100) String leader,
        @Size(max = 100) String department,
        @NotBlank @Size(max = 100) String officer,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> serviceUnits) {

    Responsibility toResponsibility() {
        return new Responsibility(leader, department, officer.strip(), serviceUnits);
    }
}

package city.keyprojects.project.registry.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.registry.domain.Phase;

/** One phase of a project as sent. */
public record PhaseRequest(@NotBlank @Size(max = 50) String name, @Size(max = 500) String summary) {

    static List<Phase> toPhases(List<PhaseRequest> phases) {
        return phases == null ? null
                : phases.stream().map(p -> new Phase(p.name().strip(), DescriptionFields.strip(p.summary()))).toList();
    }
}

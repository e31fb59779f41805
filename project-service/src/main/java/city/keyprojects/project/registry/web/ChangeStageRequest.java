package city.keyprojects.project.registry.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import city.keyprojects.project.registry.domain.LifecyclePolicy;
import city.keyprojects.project.registry.domain.Stage;

/**
 * The body of {@code POST /api/projects/{id}/stage-changes}: the stage to move to, the {@code version} read, a
 * reason (required to suspend, cancel or fast-track) and {@code fastTrack} for the centre's override of the
 * construction-permit requirement (拿地即开工).
 */
public record ChangeStageRequest(
        @NotNull @PositiveOrZero Long version,
        @NotNull Stage to,
        @Size(max = 500) String reason,
        Boolean fastTrack) {

    LifecyclePolicy.Move toMove() {
        return new LifecyclePolicy.Move(to, reason, Boolean.TRUE.equals(fastTrack));
    }
}

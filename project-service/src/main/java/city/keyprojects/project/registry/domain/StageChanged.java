package city.keyprojects.project.registry.domain;

import java.time.Instant;

/**
 * A project moved to another stage of its lifecycle; {@code fastTrack} says an admin overrode the
 * construction-permit requirement (拿地即开工), {@code reason} why (required then, and for suspending or cancelling).
 */
public record StageChanged(
        String projectId,
        Stage from,
        Stage to,
        String reason,
        boolean fastTrack,
        Instant changedAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.stage-changed";
    }
}

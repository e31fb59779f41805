package city.keyprojects.project.policies.domain;

import java.time.Instant;

/** A policy was withdrawn (废止): it stays in the catalogue but fits no project any more. */
public record PolicyWithdrawn(String policyId, String reason, Instant withdrawnAt) implements PolicyEvent {

    @Override
    public String type() {
        return "project.policy-withdrawn";
    }
}

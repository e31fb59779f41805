package city.keyprojects.project.milestones.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One milestone of a project.
 *
 * @param name            required for a custom milestone (at most {@value #MAX_NAME_LENGTH} characters); a standard
 *                        one is named by its kind and has none
 * @param actualDate      the day it was reached, or null while it has not been
 * @param missedReported  whether its miss was published for the current planned date; a new planned date clears it
 */
public record Milestone(String milestoneId, MilestoneKind kind, String name, LocalDate plannedDate,
        LocalDate actualDate, boolean missedReported) {

    public static final int MAX_NAME_LENGTH = 100;

    public Milestone {
        Objects.requireNonNull(milestoneId, "milestoneId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(plannedDate, "plannedDate");
        if (kind == MilestoneKind.CUSTOM && (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
            throw new IllegalArgumentException("a custom milestone needs a name of 1 to " + MAX_NAME_LENGTH
                    + " characters");
        }
        if (kind.isStandard() && name != null) {
            throw new IllegalArgumentException("a standard milestone is named by its kind");
        }
    }

    public boolean reached() {
        return actualDate != null;
    }

    Milestone replanned(String newName, LocalDate newPlannedDate) {
        // A miss is reported once per planned date: a new date may be missed, and reported, again.
        boolean stillReported = missedReported && newPlannedDate.equals(plannedDate);
        return new Milestone(milestoneId, kind, newName, newPlannedDate, actualDate, stillReported);
    }

    Milestone reachedOn(LocalDate date) {
        return new Milestone(milestoneId, kind, name, plannedDate, date, missedReported);
    }

    Milestone missReported() {
        return new Milestone(milestoneId, kind, name, plannedDate, actualDate, true);
    }
}

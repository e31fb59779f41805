package city.keyprojects.approval.cases.domain;

import java.time.Instant;

/**
 * One step in an item's record: a decision, an applicant's answer or a change the clock brought.
 *
 * @param action         the decision (e.g. {@code APPROVE}) or event (e.g. {@code RESUBMITTED}, {@code SUSPENDED})
 * @param by             the user, or {@code system}
 * @param extendedHours  done in extended-hours service (延时服务)
 */
public record ItemStep(String action, Instant at, String by, String note, boolean extendedHours) {
}

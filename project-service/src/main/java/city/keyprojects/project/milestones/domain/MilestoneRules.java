package city.keyprojects.project.milestones.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import city.keyprojects.platform.problem.RuleViolationException;

/** The rules of milestones, each under the name a refusal quotes (409 {@code rule-violation}). */
public final class MilestoneRules {

    public static final String ONE_OF_EACH_STANDARD_KIND = "one-of-each-standard-kind";
    public static final String STANDARD_MILESTONES_IN_ORDER = "standard-milestones-in-order";
    public static final String ACTUAL_DATE_NOT_IN_FUTURE = "actual-date-not-in-future";
    public static final String ACTUAL_DATE_RECORDED_ONCE = "actual-date-recorded-once";
    public static final String REACHED_MILESTONE_KEPT = "reached-milestone-kept";
    public static final String CORRECTION_NEEDS_ACTUAL_DATE = "correction-needs-actual-date";

    /** Dates outside this range are typing errors, not plans (checked on input). */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);

    private MilestoneRules() {
    }

    public static boolean isPlausible(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    /**
     * A milestone is missed once its planned day has passed without it being reached: on the planned day itself
     * it can still be reached in time.
     */
    public static boolean isMissed(Milestone milestone, LocalDate today) {
        return !milestone.reached() && milestone.plannedDate().isBefore(today);
    }

    /** A miss is published once per planned date. */
    public static boolean isMissToReport(Milestone milestone, LocalDate today) {
        return isMissed(milestone, today) && !milestone.missedReported();
    }

    /** A project has at most one start, one topping-out, one completion and one production milestone. */
    public static void requireOneOfEachStandardKind(Collection<MilestoneKind> kinds) {
        Set<MilestoneKind> seen = EnumSet.noneOf(MilestoneKind.class);
        for (MilestoneKind kind : kinds) {
            if (kind.isStandard() && !seen.add(kind)) {
                throw new RuleViolationException(ONE_OF_EACH_STANDARD_KIND,
                        "A project has at most one " + kind + " milestone.");
            }
        }
    }

    /**
     * Start ≤ topping-out ≤ completion ≤ production, both for the planned dates and for the actual dates recorded
     * so far (a kind that is absent, or not reached yet, is skipped).
     */
    public static void requireStandardMilestonesInOrder(Collection<Milestone> milestones) {
        requireInOrder(milestones, Milestone::plannedDate, "planned");
        requireInOrder(milestones, Milestone::actualDate, "actual");
    }

    private static void requireInOrder(Collection<Milestone> milestones, Function<Milestone, LocalDate> date,
            String which) {
        Milestone latest = null;
        for (MilestoneKind kind : MilestoneKind.values()) {
            for (Milestone milestone : milestones) {
                if (milestone.kind() != kind || !kind.isStandard() || date.apply(milestone) == null) {
                    continue;
                }
                if (latest != null && date.apply(milestone).isBefore(date.apply(latest))) {
                    throw new RuleViolationException(STANDARD_MILESTONES_IN_ORDER,
                            "The " + which + " date of " + kind + " (" + date.apply(milestone) + ") is before that of "
                                    + latest.kind() + " (" + date.apply(latest) + ").");
                }
                latest = milestone;
            }
        }
    }

    /** Only what has happened is recorded: an actual date is today (in the city) or earlier. */
    public static void requireActualDateNotInFuture(LocalDate actualDate, LocalDate today) {
        if (actualDate.isAfter(today)) {
            throw new RuleViolationException(ACTUAL_DATE_NOT_IN_FUTURE,
                    "The actual date " + actualDate + " is after today (" + today + ").");
        }
    }

    /**
     * An actual date is recorded once; a different date later is a correction by the key-project centre, which
     * keeps the earlier value in its event. Recording the same date again is a harmless repeat.
     */
    public static void requireActualDateRecordedOnce(Milestone milestone, LocalDate actualDate) {
        if (milestone.reached() && !milestone.actualDate().equals(actualDate)) {
            throw new RuleViolationException(ACTUAL_DATE_RECORDED_ONCE, "The milestone was already reached on "
                    + milestone.actualDate() + "; the key-project centre may correct the date.");
        }
    }

    /** A reached milestone is history: its plan is neither changed nor removed. */
    public static void requireReachedMilestoneKept(Milestone milestone) {
        if (milestone.reached()) {
            throw new RuleViolationException(REACHED_MILESTONE_KEPT, "The milestone " + milestone.milestoneId()
                    + " was reached on " + milestone.actualDate() + "; its plan cannot change any more.");
        }
    }

    /** Only a recorded actual date can be corrected. */
    public static void requireActualDateToCorrect(Milestone milestone) {
        if (!milestone.reached()) {
            throw new RuleViolationException(CORRECTION_NEEDS_ACTUAL_DATE,
                    "The milestone has not been reached yet: record its actual date instead.");
        }
    }
}

package city.keyprojects.project.promotion.domain;

import java.time.LocalDate;
import java.util.Objects;

import city.keyprojects.platform.problem.RuleViolationException;

/**
 * The dates a promotion plan works back from (倒排工期): start of construction (开工), completion (竣工) and, for
 * projects that produce something, start of production (投产, optional).
 */
public record TargetDates(LocalDate start, LocalDate completion, LocalDate production) {

    public static final String IN_ORDER = "target-dates-in-order";
    public static final String NOT_PAST = "target-dates-not-past";

    public TargetDates {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(completion, "completion");
    }

    /**
     * A plan is drawn towards the future, in the order things happen: start before completion, production not
     * before completion.
     *
     * @throws RuleViolationException naming {@link #NOT_PAST} or {@link #IN_ORDER}
     */
    public void requireValid(LocalDate today) {
        if (start.isBefore(today) || completion.isBefore(today) || production != null && production.isBefore(today)) {
            throw new RuleViolationException(NOT_PAST, "Target dates must not lie before today (" + today + ").");
        }
        if (!start.isBefore(completion)) {
            throw new RuleViolationException(IN_ORDER, "The target start must be before the target completion.");
        }
        if (production != null && production.isBefore(completion)) {
            throw new RuleViolationException(IN_ORDER, "The target production must not be before the completion.");
        }
    }

    /** The date a task of the template is anchored to, or null when the plan has none (no production target). */
    LocalDate of(BackwardPlanningTemplate.Anchor anchor) {
        return switch (anchor) {
            case START -> start;
            case COMPLETION -> completion;
            case PRODUCTION -> production;
        };
    }
}

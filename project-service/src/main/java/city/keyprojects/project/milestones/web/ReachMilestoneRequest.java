package city.keyprojects.project.milestones.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.milestones.domain.MilestoneRules;

/** The body of {@code POST …/milestones/{milestoneId}/reached}: the day (in the city) it was reached. */
public record ReachMilestoneRequest(@NotNull LocalDate actualDate) {

    LocalDate plausibleActualDate() {
        return requirePlausible(actualDate);
    }

    static LocalDate requirePlausible(LocalDate actualDate) {
        if (!MilestoneRules.isPlausible(actualDate)) {
            throw new InvalidInputException("actualDate",
                    "must be between " + MilestoneRules.EARLIEST_DATE + " and " + MilestoneRules.LATEST_DATE);
        }
        return actualDate;
    }
}

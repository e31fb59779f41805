package city.keyprojects.project.milestones.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.project.milestones.domain.Milestone;
import city.keyprojects.project.milestones.domain.MilestoneKind;
import city.keyprojects.project.milestones.domain.MilestoneRules;

/**
 * A milestone as the API shows it, with where it stands as of today: {@code daysLate} is the calendar days past
 * the planned date (until today while missed, until the actual date when reached late).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MilestoneView(String milestoneId, MilestoneKind kind, String name, LocalDate plannedDate,
        LocalDate actualDate, Status status, Long daysLate) {

    public enum Status {
        /** Not reached, and the planned day has not passed. */
        PLANNED,
        /** Not reached, and the planned day has passed. */
        MISSED,
        REACHED_ON_TIME,
        REACHED_LATE
    }

    static MilestoneView of(Milestone m, LocalDate today) {
        Status status;
        Long daysLate = null;
        if (m.reached()) {
            boolean late = m.actualDate().isAfter(m.plannedDate());
            status = late ? Status.REACHED_LATE : Status.REACHED_ON_TIME;
            daysLate = late ? ChronoUnit.DAYS.between(m.plannedDate(), m.actualDate()) : null;
        } else if (MilestoneRules.isMissed(m, today)) {
            status = Status.MISSED;
            daysLate = ChronoUnit.DAYS.between(m.plannedDate(), today);
        } else {
            status = Status.PLANNED;
        }
        return new MilestoneView(m.milestoneId(), m.kind(), m.name(), m.plannedDate(), m.actualDate(), status,
                daysLate);
    }
}

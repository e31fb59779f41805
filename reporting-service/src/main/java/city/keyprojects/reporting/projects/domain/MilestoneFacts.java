package city.keyprojects.reporting.projects.domain;

import java.time.LocalDate;

/** A key milestone (关键时间节点): its kind, the planned date, and the actual date once reached (else null). */
public record MilestoneFacts(String kind, LocalDate plannedDate, LocalDate actualDate) {

    /** Reached by its planned date. */
    public boolean reachedOnTime() {
        return actualDate != null && !actualDate.isAfter(plannedDate);
    }

    /** Not reached, and its planned date has passed by {@code today}. */
    public boolean missedBy(LocalDate today) {
        return actualDate == null && today.isAfter(plannedDate);
    }
}

package city.keyprojects.reporting.projects.domain;

import java.time.LocalDate;

/**
 * An approval item's final decision (approve, approve on commitment, reject): its department, and the working days
 * it took against its limit, the time the applicant owed something not counted.
 */
public record ApprovalFacts(String department, LocalDate decidedOn, int limitWorkingDays, int workingDaysUsed,
        boolean onTime) {
}

package city.keyprojects.issue.tickets.domain;

import java.time.LocalDate;

/**
 * The department's feedback (反馈): what was done, when, by whom, and how long it took in working days (time the
 * reporter owed information not counted) against the limit.
 */
public record Answer(String text, LocalDate answeredOn, String answeredBy, int workingDaysTaken, boolean onTime) {
}

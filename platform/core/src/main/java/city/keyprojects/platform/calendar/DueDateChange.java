package city.keyprojects.platform.calendar;

import java.time.LocalDate;

/** A due date moved, and why: every change is kept. */
public record DueDateChange(LocalDate from, LocalDate to, String reason, LocalDate changedOn) {
}

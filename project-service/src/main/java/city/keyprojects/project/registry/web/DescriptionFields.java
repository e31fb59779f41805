package city.keyprojects.project.registry.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.registry.domain.CreditCode;
import city.keyprojects.project.registry.domain.Description;
import city.keyprojects.project.registry.domain.ProjectCode;

/**
 * The parts of project requests that registering and correcting share, and the checks bean validation cannot
 * express (check characters, plausible dates, dates in order).
 */
final class DescriptionFields {

    static final int EARLIEST_YEAR = 2000;
    static final int LATEST_YEAR = 2100;

    private DescriptionFields() {
    }

    /** Collects the field errors of the checks below, then throws them all at once. */
    static final class Checks {

        private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

        Checks creditCode(String field, String value) {
            if (value != null) {
                CreditCode.problemWith(value).ifPresent(problem -> error(field, problem));
            }
            return this;
        }

        Checks projectCode(String field, String value) {
            if (value != null) {
                ProjectCode.problemWith(value).ifPresent(problem -> error(field, problem));
            }
            return this;
        }

        Checks plausibleDate(String field, LocalDate date) {
            if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
                error(field, "must be between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
            }
            return this;
        }

        Checks datesInOrder(LocalDate start, LocalDate completion) {
            if (!Description.plannedDatesInOrder(start, completion)) {
                error("plannedCompletion", "must not be before plannedStart");
            }
            return this;
        }

        /** @throws InvalidInputException naming every field found wrong */
        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }

        private void error(String field, String message) {
            errors.add(new InvalidInputException.FieldError(field, message));
        }
    }

    static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

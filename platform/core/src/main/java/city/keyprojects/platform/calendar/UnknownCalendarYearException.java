package city.keyprojects.platform.calendar;

import java.util.Set;
import java.util.TreeSet;

/** A date falls in a year that the working-day calendar has no official dates for. */
public class UnknownCalendarYearException extends RuntimeException {

    public UnknownCalendarYearException(int year, Set<Integer> knownYears) {
        super("The working-day calendar has no official dates for " + year + " (known years: "
                + new TreeSet<>(knownYears) + "). Add the year to calendar/cn-workdays.yaml.");
    }
}

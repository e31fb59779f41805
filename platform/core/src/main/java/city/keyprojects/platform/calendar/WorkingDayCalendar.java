package city.keyprojects.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;

/**
 * The official working-day calendar: weekends are rest days, public holidays are rest days, and make-up
 * working days (调休上班) are working days even on a weekend.
 *
 * <p>Only the years the data covers are answered. A date in any other year is an
 * {@link UnknownCalendarYearException}: guessing that an unknown year has no holidays would silently
 * shift every statutory deadline that crosses the new year.
 */
public final class WorkingDayCalendar {

    private final Map<Integer, YearRules> years;

    WorkingDayCalendar(Map<Integer, YearRules> years) {
        this.years = Map.copyOf(years);
    }

    /** The calendar shipped with the platform ({@code calendar/cn-workdays.yaml}). */
    public static WorkingDayCalendar official() {
        return WorkingDayCalendarLoader.loadClasspath("calendar/cn-workdays.yaml");
    }

    public Set<Integer> knownYears() {
        return years.keySet();
    }

    public boolean isWorkingDay(LocalDate date) {
        YearRules rules = rulesFor(date);
        if (rules.makeupWorkdays().contains(date)) {
            return true;
        }
        if (rules.holidays().contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /**
     * The date on which a limit of {@code workingDays} working days, counted from the day after {@code start},
     * runs out. Zero means {@code start} itself. This is how 限时办结 limits are counted: a 5-working-day item
     * received on a Friday is due on the following Friday.
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate date = start;
        int remaining = workingDays;
        while (remaining > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                remaining--;
            }
        }
        return date;
    }

    /**
     * Working days in the half-open interval (from, to]: the days that have elapsed since {@code from} by the
     * end of {@code to}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** The named holidays of a year, in date order (for people to read; the rules use the days). */
    public List<Holiday> holidays(int year) {
        return rulesFor(LocalDate.of(year, 1, 1)).named();
    }

    /** The make-up working days (调休上班) of a year, in date order. */
    public List<LocalDate> makeupWorkdays(int year) {
        return rulesFor(LocalDate.of(year, 1, 1)).makeupWorkdays().stream().sorted().toList();
    }

    public int workingDaysIn(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return workingDaysBetween(first.minusDays(1), LocalDate.of(year, 12, 31));
    }

    private YearRules rulesFor(LocalDate date) {
        YearRules rules = years.get(date.getYear());
        if (rules == null) {
            throw new UnknownCalendarYearException(date.getYear(), years.keySet());
        }
        return rules;
    }

    /** A public holiday as the State Council's notice names it: 春节 Spring Festival, from … to … inclusive. */
    public record Holiday(String name, LocalDate from, LocalDate to) {
    }

    record YearRules(NavigableSet<LocalDate> holidays, Set<LocalDate> makeupWorkdays, List<Holiday> named) {
        YearRules {
            Objects.requireNonNull(holidays);
            Objects.requireNonNull(makeupWorkdays);
            named = named.stream().sorted(Comparator.comparing(Holiday::from)).toList();
        }
    }
}

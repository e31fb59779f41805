package city.keyprojects.platform.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the calendar data file. Adding a year is a data change only: a top-level key per year with its
 * {@code holidays} (named ranges) and {@code makeupWorkdays}. A malformed file fails loudly at start-up.
 */
public final class WorkingDayCalendarLoader {

    private WorkingDayCalendarLoader() {
    }

    public static WorkingDayCalendar loadClasspath(String resource) {
        try (InputStream in = WorkingDayCalendarLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Working-day calendar not found on the classpath: " + resource);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static WorkingDayCalendar load(InputStream yaml) {
        // Plain strings, not YAML timestamps: SnakeYAML would turn dates into java.util.Date in the JVM's zone.
        Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()) {
            {
                this.yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP,
                        this.yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
            }
        });
        Object root = parser.load(yaml);
        if (!(root instanceof Map<?, ?> byYear)) {
            throw invalid("the file must map years to their rules");
        }
        Map<Integer, WorkingDayCalendar.YearRules> years = new HashMap<>();
        for (Map.Entry<?, ?> entry : byYear.entrySet()) {
            int year = parseYear(entry.getKey());
            years.put(year, parseYear(year, entry.getValue()));
        }
        return new WorkingDayCalendar(years);
    }

    private static int parseYear(Object key) {
        if (key instanceof Integer year) {
            return year;
        }
        throw invalid("a top-level key must be a year, found: " + key);
    }

    private static WorkingDayCalendar.YearRules parseYear(int year, Object value) {
        if (!(value instanceof Map<?, ?> rules)) {
            throw invalid(year + ": expected holidays and makeupWorkdays");
        }
        TreeSet<LocalDate> holidays = new TreeSet<>();
        List<WorkingDayCalendar.Holiday> named = new ArrayList<>();
        for (Object holiday : list(rules.get("holidays"), year + ".holidays")) {
            if (!(holiday instanceof Map<?, ?> range)) {
                throw invalid(year + ".holidays: each entry needs name, from and to");
            }
            LocalDate from = date(range.get("from"), year);
            LocalDate to = date(range.get("to"), year);
            if (to.isBefore(from)) {
                throw invalid(year + ".holidays: " + range.get("name") + " ends before it starts");
            }
            named.add(new WorkingDayCalendar.Holiday(String.valueOf(range.get("name")), from, to));
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                holidays.add(d);
            }
        }
        Set<LocalDate> makeup = new HashSet<>();
        for (Object day : list(rules.get("makeupWorkdays"), year + ".makeupWorkdays")) {
            LocalDate date = date(day, year);
            if (holidays.contains(date)) {
                throw invalid(year + ": " + date + " is both a holiday and a make-up working day");
            }
            makeup.add(date);
        }
        return new WorkingDayCalendar.YearRules(holidays, makeup, named);
    }

    private static List<?> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return list;
        }
        throw invalid(where + " must be a list");
    }

    private static LocalDate date(Object value, int year) {
        try {
            LocalDate date = LocalDate.parse(String.valueOf(value));
            if (date.getYear() != year) {
                throw invalid(date + " is listed under " + year);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw invalid("not a date (yyyy-MM-dd): " + value);
        }
    }

    private static IllegalStateException invalid(String detail) {
        return new IllegalStateException("Invalid working-day calendar: " + detail);
    }
}

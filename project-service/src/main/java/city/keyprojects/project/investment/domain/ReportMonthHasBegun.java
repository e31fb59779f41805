package city.keyprojects.project.investment.domain;

import java.time.LocalDate;
import java.time.YearMonth;

import city.keyprojects.platform.problem.RuleViolationException;

/** Rule: a month can be reported from its first day on (in the city's time zone), never in advance. */
public final class ReportMonthHasBegun {

    public static final String RULE = "report-month-has-begun";

    private ReportMonthHasBegun() {
    }

    public static void check(YearMonth month, LocalDate today) {
        if (month.isAfter(YearMonth.from(today))) {
            throw new RuleViolationException(RULE, "The month " + month + " has not begun; it cannot be reported yet.");
        }
    }
}

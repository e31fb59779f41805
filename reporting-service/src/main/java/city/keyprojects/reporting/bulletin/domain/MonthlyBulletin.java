package city.keyprojects.reporting.bulletin.domain;

import java.time.LocalDate;
import java.time.YearMonth;

import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.lights.domain.LightsReport;
import city.keyprojects.reporting.rankings.domain.RankingsReport;

/**
 * The monthly bulletin (月度通报) of a month: the city's figures, the red and yellow lists and the rankings, as of
 * the first day of the next month (the month's reports are due then), on what is known of the projects now.
 */
public record MonthlyBulletin(YearMonth month, LocalDate asOf, CityFigures figures, LightsReport lights,
        RankingsReport rankings) {

    /** The day a month's bulletin is as of: the first of the next month. */
    public static LocalDate asOf(YearMonth month) {
        return month.plusMonths(1).atDay(1);
    }
}

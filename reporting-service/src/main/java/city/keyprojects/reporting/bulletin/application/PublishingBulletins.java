package city.keyprojects.reporting.bulletin.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.reporting.bulletin.domain.MonthlyBulletin;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.lights.application.LightsReportBuilder;
import city.keyprojects.reporting.projects.application.ProjectFactsProjection;
import city.keyprojects.reporting.rankings.application.RankingsReportBuilder;
import reactor.core.publisher.Mono;

/**
 * Assembles a month's bulletin from the serving facts, with the same reports (and so the same thresholds and
 * weights) as the dashboard's. A bulletin is downloaded now and then, so it is folded on request rather than kept.
 */
@Service
public class PublishingBulletins {

    private final ProjectFactsProjection facts;
    private final LightsReportBuilder lights;
    private final RankingsReportBuilder rankings;
    private final Clock clock;

    PublishingBulletins(ProjectFactsProjection facts, LightsReportBuilder lights,
            RankingsReportBuilder rankings, Clock clock) {
        this.facts = facts;
        this.lights = lights;
        this.rankings = rankings;
        this.clock = clock;
    }

    /** The bulletin of a month that has ended, of this year or the last. */
    public Mono<MonthlyBulletin> of(YearMonth month) {
        YearMonth thisMonth = YearMonth.from(LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE));
        if (!month.isBefore(thisMonth) || month.getYear() < thisMonth.getYear() - 1) {
            return Mono.error(new InvalidInputException("month", "a month that has ended, from "
                    + YearMonth.of(thisMonth.getYear() - 1, 1) + " to " + thisMonth.minusMonths(1)));
        }
        LocalDate asOf = MonthlyBulletin.asOf(month);
        int year = month.getYear();
        // The figures count the month's own reports; lights and rankings measure what was due by the next month.
        return facts.all().collectList().map(all -> new MonthlyBulletin(month, asOf,
                CityFigures.of(all, year, month.atEndOfMonth()), lights.build(all, year, asOf),
                rankings.build(all, year, asOf)));
    }
}

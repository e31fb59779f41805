package city.keyprojects.reporting.dashboard.web;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.reporting.dashboard.application.RunningCityTotals;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
class DashboardController {

    private final RunningCityTotals totals;
    private final ReportSnapshots snapshots;
    private final Clock clock;

    DashboardController(RunningCityTotals totals, ReportSnapshots snapshots, Clock clock) {
        this.totals = totals;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * The dashboard as one document: {@code projectCount} (the key projects counted), the year's figures, and when
     * they were derived ({@code builtAt}).
     */
    record DashboardView(long projectCount, CityFigures figures, Instant builtAt) {
    }

    /**
     * The city's figures for this year (or last), derived from the running totals: every change applied so far is
     * in them, and the read costs the same whatever the number of projects.
     */
    @GetMapping("/dashboard")
    Mono<DashboardView> dashboard(@RequestParam(required = false) Integer year) {
        int reportYear = snapshots.reportYear(year);
        return totals.current().map(current -> CityFigures.of(current, reportYear, snapshots.today()))
                .map(figures -> new DashboardView(figures.headline().projects(), figures, clock.instant()));
    }
}

package city.keyprojects.reporting.dashboard.web;

import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.reporting.dashboard.application.CityFiguresReport;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
class DashboardController {

    private final ReportSnapshots snapshots;
    private final CityFiguresReport cityFigures;

    DashboardController(ReportSnapshots snapshots, CityFiguresReport cityFigures) {
        this.snapshots = snapshots;
        this.cityFigures = cityFigures;
    }

    /**
     * The dashboard as one document: {@code projectCount} (the key projects counted), the year's figures, and when
     * they were built.
     */
    record DashboardView(long projectCount, CityFigures figures, Instant builtAt) {
    }

    /** The city's figures for this year (or last), read from a pre-built document. */
    @GetMapping("/dashboard")
    Mono<DashboardView> dashboard(@RequestParam(required = false) Integer year) {
        return snapshots.read(cityFigures, year != null ? year : snapshots.thisYear())
                .map(snapshot -> new DashboardView(snapshot.report().headline().projects(), snapshot.report(),
                        snapshot.builtAt()));
    }
}

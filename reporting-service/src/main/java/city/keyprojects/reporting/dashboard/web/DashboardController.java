package city.keyprojects.reporting.dashboard.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.reporting.dashboard.application.CityFiguresSnapshots;
import city.keyprojects.reporting.dashboard.domain.CityFigures;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
class DashboardController {

    private final CityFiguresSnapshots snapshots;
    private final Clock clock;

    DashboardController(CityFiguresSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
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
        int of = year != null ? year : LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE)
                .getYear();
        return snapshots.figures(of).map(snapshot -> new DashboardView(snapshot.figures().headline().projects(),
                snapshot.figures(), snapshot.builtAt()));
    }
}

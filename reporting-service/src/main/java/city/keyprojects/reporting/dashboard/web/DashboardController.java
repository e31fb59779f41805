package city.keyprojects.reporting.dashboard.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.reporting.dashboard.application.CityDashboard;
import city.keyprojects.reporting.dashboard.application.DashboardProjection;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/reports")
class DashboardController {

    private final DashboardProjection dashboard;

    DashboardController(DashboardProjection dashboard) {
        this.dashboard = dashboard;
    }

    /** The city's headline figures, from pre-aggregated documents. */
    @GetMapping("/dashboard")
    Mono<CityDashboard> dashboard() {
        return dashboard.dashboard();
    }
}

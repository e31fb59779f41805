package city.keyprojects.reporting.lights.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.reporting.lights.application.LightsReportBuilder;
import city.keyprojects.reporting.lights.domain.LightRules;
import city.keyprojects.reporting.lights.domain.LightsReport;
import city.keyprojects.reporting.lights.domain.ProjectLight;
import city.keyprojects.reporting.lights.domain.ServiceTier;
import city.keyprojects.reporting.lights.domain.TrafficLight;
import city.keyprojects.reporting.snapshots.ReportSnapshots;
import reactor.core.publisher.Mono;

/** The lagging projects by traffic light, read from the pre-built report; who may call it is in LightsAccessRules. */
@RestController
class LightsController {

    /** Project ids are UUIDs; anything much longer is not one. */
    static final int MAX_PROJECT_ID = 64;

    private final ReportSnapshots snapshots;
    private final LightsReportBuilder lights;

    LightsController(ReportSnapshots snapshots, LightsReportBuilder lights) {
        this.snapshots = snapshots;
        this.lights = lights;
    }

    /**
     * The report; {@code projects} holds every project, or those of {@code colour} when it is given ({@code red}
     * and {@code yellow} always hold all of theirs).
     */
    record LightsView(int year, LocalDate asOf, LightRules rules, LightsReport.Counts counts,
            Map<ServiceTier, Long> tiers, List<ProjectLight> red, List<ProjectLight> yellow, TrafficLight colour,
            List<ProjectLight> projects, Instant builtAt) {
    }

    record ProjectLightView(int year, LocalDate asOf, ProjectLight project, Instant builtAt) {
    }

    @GetMapping("/api/reports/lights")
    Mono<LightsView> lights(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) TrafficLight colour) {
        return snapshots.read(lights, year != null ? year : snapshots.thisYear()).map(snapshot -> {
            LightsReport report = snapshot.report();
            List<ProjectLight> projects = colour == null ? report.projects()
                    : report.projects().stream().filter(project -> project.light() == colour).toList();
            return new LightsView(report.year(), report.asOf(), report.rules(), report.counts(), report.tiers(),
                    report.red(), report.yellow(), colour, projects, snapshot.builtAt());
        });
    }

    @GetMapping("/api/reports/lights/projects/{projectId}")
    Mono<ProjectLightView> project(@PathVariable @Size(max = MAX_PROJECT_ID) String projectId,
            @RequestParam(required = false) Integer year) {
        return snapshots.read(lights, year != null ? year : snapshots.thisYear()).map(snapshot -> {
            LightsReport report = snapshot.report();
            ProjectLight found = report.projects().stream().filter(p -> p.projectId().equals(projectId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("No project " + projectId + " in the lights of "
                            + report.year()));
            return new ProjectLightView(report.year(), report.asOf(), found, snapshot.builtAt());
        });
    }
}

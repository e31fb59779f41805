package city.keyprojects.reporting.lights.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.reporting.lights.domain.LaggingLights;
import city.keyprojects.reporting.lights.domain.LightRules;
import city.keyprojects.reporting.lights.domain.LightsReport;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.snapshots.ReportBuilder;

/** The traffic lights of the lagging projects, kept ready as a report snapshot, on the configured thresholds. */
@Component
public class LightsReportBuilder implements ReportBuilder<LightsReport> {

    private final LightRules rules;

    LightsReportBuilder(LightsProperties properties) {
        this.rules = properties.rules();
    }

    @Override
    public String name() {
        return "lights";
    }

    @Override
    public Class<LightsReport> type() {
        return LightsReport.class;
    }

    @Override
    public LightsReport build(List<ProjectFacts> projects, int year, LocalDate asOf) {
        return LaggingLights.of(projects, year, asOf, rules);
    }
}

package city.keyprojects.reporting.dashboard.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.reporting.dashboard.domain.CityFigures;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.snapshots.ReportBuilder;

/** The city figures, kept ready as a report snapshot. */
@Component
public class CityFiguresReport implements ReportBuilder<CityFigures> {

    @Override
    public String name() {
        return "city-figures";
    }

    @Override
    public Class<CityFigures> type() {
        return CityFigures.class;
    }

    @Override
    public CityFigures build(List<ProjectFacts> projects, int year, LocalDate asOf) {
        return CityFigures.of(projects, year, asOf);
    }
}

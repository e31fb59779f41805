package city.keyprojects.reporting.opendata.application;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.reporting.opendata.domain.Oc4idsProjects;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.snapshots.ReportBuilder;

/** The open-data export, kept ready as a report snapshot (the same for every year: the projects as they are). */
@Component
public class Oc4idsReport implements ReportBuilder<Oc4idsProjects> {

    @Override
    public String name() {
        return "oc4ids";
    }

    @Override
    public Class<Oc4idsProjects> type() {
        return Oc4idsProjects.class;
    }

    @Override
    public Oc4idsProjects build(List<ProjectFacts> projects, int year, LocalDate asOf) {
        return Oc4idsProjects.of(projects);
    }
}

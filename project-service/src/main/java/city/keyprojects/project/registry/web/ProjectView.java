package city.keyprojects.project.registry.web;

import java.math.BigDecimal;
import java.time.Instant;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;

/** A project as the API shows it; {@code version} is what a later change must quote. */
public record ProjectView(String id, String name, String ownerName, String ownerCreditCode, String projectCode,
        String district, Sector sector, Level level, BigDecimal totalInvestment, Stage stage, Instant registeredAt,
        long version) {

    static ProjectView of(Stored<Project> stored) {
        Project p = stored.state();
        return new ProjectView(p.id(), p.name(), p.ownerName(),
                p.ownerCreditCode() == null ? null : p.ownerCreditCode().value(),
                p.projectCode() == null ? null : p.projectCode().value(), p.district(), p.sector(), p.level(),
                p.totalInvestment(), p.stage(), p.registeredAt(), stored.version());
    }
}

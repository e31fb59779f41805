package city.keyprojects.project.registry.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Responsibility;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;

/**
 * A project as the API shows it to the caller. {@code visibility} says which view this is: {@code public} (what
 * the portal shows anyone) or {@code internal} (government staff and the owner enterprise), which adds the
 * internal fields. {@code version} is what a later change must quote.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectView(String id, String name, String ownerName, String district, Sector sector, Level level,
        BigDecimal totalInvestment, Stage stage, Instant registeredAt, String visibility, String ownerCreditCode,
        String projectCode, ResponsibilityView responsibility, Long version) {

    /** 五个一 / 1+1+N: leader, department, officer, service units. */
    public record ResponsibilityView(String leader, String department, String officer, List<String> serviceUnits) {

        static ResponsibilityView of(Responsibility responsibility) {
            return responsibility == null ? null : new ResponsibilityView(responsibility.leader(),
                    responsibility.department(), responsibility.officer(), responsibility.serviceUnits());
        }
    }

    static ProjectView of(Stored<Project> stored, boolean internal) {
        Project p = stored.state();
        if (!internal) {
            return new ProjectView(p.id(), p.name(), p.ownerName(), p.district(), p.sector(), p.level(),
                    p.totalInvestment(), p.stage(), p.registeredAt(), "public", null, null, null, null);
        }
        return new ProjectView(p.id(), p.name(), p.ownerName(), p.district(), p.sector(), p.level(),
                p.totalInvestment(), p.stage(), p.registeredAt(), "internal",
                p.ownerCreditCode() == null ? null : p.ownerCreditCode().value(),
                p.projectCode() == null ? null : p.projectCode().value(),
                ResponsibilityView.of(p.responsibility()), stored.version());
    }
}

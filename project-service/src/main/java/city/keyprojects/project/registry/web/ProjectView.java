package city.keyprojects.project.registry.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.registry.domain.ApprovalStage;
import city.keyprojects.project.registry.domain.Description;
import city.keyprojects.project.registry.domain.GeoPoint;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Phase;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.PublicField;
import city.keyprojects.project.registry.domain.Responsibility;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;

/**
 * A project as the API shows it to the caller. {@code visibility} says which view this is: {@code public} (what
 * the portal shows anyone: the public fields the project does not hide) or {@code internal} (government staff and
 * the owner enterprise: every field, the codes, responsibility, the approval stages complete, and the
 * {@code version} a later change must quote). Absent fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ProjectView(String id, String name, String summary, String ownerName, String district, Sector sector,
        Level level, String industryChain, String address, GeoPoint location, BigDecimal totalInvestment,
        BigDecimal landAreaMu, BigDecimal floorAreaSqm, Integer buildings, List<Phase> phases, LocalDate plannedStart,
        LocalDate plannedCompletion, Stage stage, Instant registeredAt, String visibility, String ownerCreditCode,
        String projectCode, Boolean localProjectCode, List<PublicField> hiddenFields, Stage suspendedFrom,
        List<ApprovalStage> completedApprovalStages, ResponsibilityView responsibility, Long version) {

    /** 五个一 / 1+1+N: leader, department, officer, service units. */
    public record ResponsibilityView(String leader, String department, String officer, List<String> serviceUnits) {

        static ResponsibilityView of(Responsibility responsibility) {
            return responsibility == null ? null : new ResponsibilityView(responsibility.leader(),
                    responsibility.department(), responsibility.officer(), responsibility.serviceUnits());
        }
    }

    static ProjectView of(Stored<Project> stored, boolean internal) {
        Project p = stored.state();
        Description d = p.description();
        if (!internal) {
            Shown shown = new Shown(p.hiddenFields());
            return new ProjectView(p.id(), d.name(), shown.of(PublicField.SUMMARY, d.summary()),
                    shown.of(PublicField.OWNER_NAME, d.ownerName()), d.district(), d.sector(), d.level(),
                    shown.of(PublicField.INDUSTRY_CHAIN, d.industryChain()),
                    shown.of(PublicField.ADDRESS, d.address()), shown.of(PublicField.LOCATION, d.location()),
                    shown.of(PublicField.TOTAL_INVESTMENT, d.totalInvestment()),
                    shown.of(PublicField.LAND_AREA, d.landAreaMu()),
                    shown.of(PublicField.FLOOR_AREA, d.floorAreaSqm()),
                    shown.of(PublicField.BUILDINGS, d.buildings()), shown.of(PublicField.PHASES, d.phases()),
                    shown.of(PublicField.PLANNED_DATES, d.plannedStart()),
                    shown.of(PublicField.PLANNED_DATES, d.plannedCompletion()), p.stage(), p.registeredAt(),
                    "public", null, null, null, null, null, null, null, null);
        }
        return new ProjectView(p.id(), d.name(), d.summary(), d.ownerName(), d.district(), d.sector(), d.level(),
                d.industryChain(), d.address(), d.location(), d.totalInvestment(), d.landAreaMu(), d.floorAreaSqm(),
                d.buildings(), d.phases(), d.plannedStart(), d.plannedCompletion(), p.stage(), p.registeredAt(),
                "internal", p.ownerCreditCode() == null ? null : p.ownerCreditCode().value(),
                p.projectCode() == null ? null : p.projectCode().value(),
                p.projectCode() == null ? null : p.projectCode().isLocal(), p.hiddenFields(), p.suspendedFrom(),
                p.completedApprovalStages(), ResponsibilityView.of(p.responsibility()), stored.version());
    }

    /** The public fields a project does not hide. */
    private record Shown(List<PublicField> hidden) {

        <V> V of(PublicField field, V value) {
            return hidden.contains(field) ? null : value;
        }
    }
}

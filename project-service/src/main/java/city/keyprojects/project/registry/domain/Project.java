package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key project (重点项目). Commands on it return the events they cause together with the new state; the
 * application service stores both in one write.
 */
public record Project(
        String id,
        String name,
        String ownerName,
        CreditCode ownerCreditCode,
        ProjectCode projectCode,
        String district,
        Sector sector,
        Level level,
        BigDecimal totalInvestment,
        Stage stage,
        Instant registeredAt,
        Responsibility responsibility) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
    }

    /** The new state and the events that led to it. */
    public record Result(Project project, List<ProjectEvent> events) {
    }

    /** Registers a new project; every project starts in the reserve stage (储备). */
    public static Result register(String id, RegistrationDetails details, Instant now) {
        Project project = new Project(id, details.name(), details.ownerName(), details.ownerCreditCode(),
                details.projectCode(), details.district(), details.sector(), details.level(), details.totalInvestment(),
                Stage.RESERVE, now, null);
        ProjectRegistered registered = new ProjectRegistered(id, project.name(), project.ownerName(),
                valueOf(project.ownerCreditCode()), valueOf(project.projectCode()), project.district(),
                project.sector(), project.level(), project.totalInvestment(), project.stage(), now);
        return new Result(project, List.of(registered));
    }

    /** Assigns (or reassigns) who answers for the project. */
    public Result assignResponsibility(Responsibility assigned, Instant now) {
        Project project = new Project(id, name, ownerName, ownerCreditCode, projectCode, district, sector, level,
                totalInvestment, stage, registeredAt, assigned);
        return new Result(project, List.of(new ResponsibilityAssigned(id, assigned.leader(), assigned.department(),
                assigned.officer(), assigned.serviceUnits(), officer(), now)));
    }

    /** Corrects descriptive fields; a field left null keeps its value, and nothing changed causes no event. */
    public Result update(Changes changes, Instant now) {
        List<String> changed = new ArrayList<>();
        String newName = changedOrNull(changes.name(), name, "name", changed);
        String newOwnerName = changedOrNull(changes.ownerName(), ownerName, "ownerName", changed);
        String newDistrict = changedOrNull(changes.district(), district, "district", changed);
        Sector newSector = changedOrNull(changes.sector(), sector, "sector", changed);
        Level newLevel = changedOrNull(changes.level(), level, "level", changed);
        BigDecimal newInvestment = changes.totalInvestment() != null
                && (totalInvestment == null || changes.totalInvestment().compareTo(totalInvestment) != 0)
                        ? changes.totalInvestment() : null;
        if (newInvestment != null) {
            changed.add("totalInvestment");
        }
        if (changed.isEmpty()) {
            return new Result(this, List.of());
        }
        Project project = new Project(id, or(newName, name), or(newOwnerName, ownerName), ownerCreditCode,
                projectCode, or(newDistrict, district), or(newSector, sector), or(newLevel, level),
                or(newInvestment, totalInvestment), stage, registeredAt, responsibility);
        return new Result(project, List.of(new ProjectUpdated(id, List.copyOf(changed), newName, newOwnerName,
                newDistrict, newSector, newLevel, newInvestment, now)));
    }

    /** The user name of the project officer, if one is assigned. */
    public String officer() {
        return responsibility == null ? null : responsibility.officer();
    }

    private static <V> V changedOrNull(V proposed, V current, String field, List<String> changed) {
        if (proposed == null || proposed.equals(current)) {
            return null;
        }
        changed.add(field);
        return proposed;
    }

    private static <V> V or(V changed, V current) {
        return changed != null ? changed : current;
    }

    private static String valueOf(CreditCode code) {
        return code == null ? null : code.value();
    }

    private static String valueOf(ProjectCode code) {
        return code == null ? null : code.value();
    }

    /** Corrections to descriptive fields, already validated for form; null means "leave as it is". */
    public record Changes(String name, String ownerName, String district, Sector sector, Level level,
            BigDecimal totalInvestment) {

        public Changes {
            if (totalInvestment != null && totalInvestment.signum() < 0) {
                throw new IllegalArgumentException("totalInvestment must not be negative");
            }
        }
    }

    /** What the registering user states about a new project, already validated for form. */
    public record RegistrationDetails(String name, String ownerName, CreditCode ownerCreditCode,
            ProjectCode projectCode, String district, Sector sector, Level level, BigDecimal totalInvestment) {

        public RegistrationDetails {
            Objects.requireNonNull(name, "name");
            if (totalInvestment != null && totalInvestment.signum() < 0) {
                throw new IllegalArgumentException("totalInvestment must not be negative");
            }
        }
    }
}

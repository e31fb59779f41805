package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
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
        Instant registeredAt) {

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
                Stage.RESERVE, now);
        ProjectRegistered registered = new ProjectRegistered(id, project.name(), project.ownerName(),
                valueOf(project.ownerCreditCode()), valueOf(project.projectCode()), project.district(),
                project.sector(), project.level(), project.totalInvestment(), project.stage(), now);
        return new Result(project, List.of(registered));
    }

    private static String valueOf(CreditCode code) {
        return code == null ? null : code.value();
    }

    private static String valueOf(ProjectCode code) {
        return code == null ? null : code.value();
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

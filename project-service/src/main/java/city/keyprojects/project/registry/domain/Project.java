package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A key project (重点项目). Commands on it return the events they cause together with the new state; the
 * application service stores both in one write.
 *
 * @param suspendedFrom            the stage a suspended project left (it resumes there), else null
 * @param completedApprovalStages  the approval stages the approval service reported complete, which gate the stages
 * @param hiddenFields             the public fields the portal must not show for this project
 */
public record Project(
        String id,
        Description description,
        CreditCode ownerCreditCode,
        ProjectCode projectCode,
        List<PublicField> hiddenFields,
        Stage stage,
        Stage suspendedFrom,
        List<ApprovalStage> completedApprovalStages,
        Instant registeredAt,
        Responsibility responsibility) {

    public Project {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(stage, "stage");
        hiddenFields = sortedDistinct(hiddenFields);
        completedApprovalStages = sortedDistinct(completedApprovalStages);
    }

    /** The new state and the events that led to it. */
    public record Result(Project project, List<ProjectEvent> events) {
    }

    /** Registers a new project under its project code; every project starts in the reserve stage (储备). */
    public static Result register(String id, RegistrationDetails details, ProjectCode projectCode, Instant now) {
        Objects.requireNonNull(projectCode, "projectCode");
        Description d = details.description();
        Project project = new Project(id, d, details.ownerCreditCode(), projectCode, details.hiddenFields(),
                Stage.RESERVE, null, List.of(), now, null);
        ProjectRegistered registered = new ProjectRegistered(id, d.name(), d.summary(), d.ownerName(),
                valueOf(project.ownerCreditCode()), projectCode.value(), d.district(), d.sector(), d.level(),
                d.industryChain(), d.address(), d.location(), d.totalInvestment(), d.landAreaMu(), d.floorAreaSqm(),
                d.buildings(), d.phases(), d.plannedStart(), d.plannedCompletion(), project.hiddenFields(),
                project.stage(), now);
        return new Result(project, List.of(registered));
    }

    /** Assigns (or reassigns) who answers for the project. */
    public Result assignResponsibility(Responsibility assigned, Instant now) {
        Project project = new Project(id, description, ownerCreditCode, projectCode, hiddenFields, stage,
                suspendedFrom, completedApprovalStages, registeredAt, assigned);
        return new Result(project, List.of(new ResponsibilityAssigned(id, assigned.leader(), assigned.department(),
                assigned.officer(), assigned.serviceUnits(), officer(), now)));
    }

    /**
     * Corrects fields; a field left null keeps its value, and nothing changed causes no event.
     *
     * @throws city.keyprojects.platform.problem.RuleViolationException if the planned dates end up out of order
     */
    public Result update(Changes changes, Instant now) {
        Description.Corrected corrected = description.correct(changes);
        Description.Diff codes = new Description.Diff();
        ProjectCode newCode = codes.take("projectCode", changes.projectCode(), projectCode);
        List<PublicField> newHidden = codes.take("hiddenFields",
                changes.hiddenFields() == null ? null : sortedDistinct(changes.hiddenFields()), hiddenFields);
        List<String> changed = new ArrayList<>(corrected.changed());
        changed.addAll(codes.changed);
        if (changed.isEmpty()) {
            return new Result(this, List.of());
        }
        Description d = corrected.description();
        Project project = new Project(id, d, ownerCreditCode, newCode, newHidden, stage, suspendedFrom,
                completedApprovalStages, registeredAt, responsibility);
        return new Result(project, List.of(new ProjectUpdated(id, List.copyOf(changed),
                ifChanged(changed, "name", d.name()), ifChanged(changed, "summary", d.summary()),
                ifChanged(changed, "ownerName", d.ownerName()),
                ifChanged(changed, "projectCode", valueOf(newCode)), ifChanged(changed, "district", d.district()),
                ifChanged(changed, "sector", d.sector()), ifChanged(changed, "level", d.level()),
                ifChanged(changed, "industryChain", d.industryChain()), ifChanged(changed, "address", d.address()),
                ifChanged(changed, "location", d.location()),
                ifChanged(changed, "totalInvestment", d.totalInvestment()),
                ifChanged(changed, "landAreaMu", d.landAreaMu()), ifChanged(changed, "floorAreaSqm", d.floorAreaSqm()),
                ifChanged(changed, "buildings", d.buildings()), ifChanged(changed, "phases", d.phases()),
                ifChanged(changed, "plannedStart", d.plannedStart()),
                ifChanged(changed, "plannedCompletion", d.plannedCompletion()),
                ifChanged(changed, "hiddenFields", newHidden), now)));
    }

    /**
     * Moves the project to another stage of its lifecycle.
     *
     * @throws city.keyprojects.platform.problem.RuleViolationException naming the {@link LifecyclePolicy} rule broken
     */
    public Result changeStage(LifecyclePolicy.Move move, Instant now) {
        LifecyclePolicy.check(stage, suspendedFrom, move, completedApprovalStages);
        Stage left = move.target() == Stage.SUSPENDED ? stage : null;
        Project project = new Project(id, description, ownerCreditCode, projectCode, hiddenFields, move.target(),
                left, completedApprovalStages, registeredAt, responsibility);
        return new Result(project,
                List.of(new StageChanged(id, stage, move.target(), move.reason(), move.fastTrack(), now)));
    }

    /**
     * Notes that the approval service reported an approval stage complete. The project's own stage does not move by
     * itself: starting construction is a fact on the site that the centre or the officer records.
     */
    public Project withApprovalStageCompleted(ApprovalStage completed) {
        if (completedApprovalStages.contains(completed)) {
            return this;
        }
        List<ApprovalStage> stages = new ArrayList<>(completedApprovalStages);
        stages.add(completed);
        return new Project(id, description, ownerCreditCode, projectCode, hiddenFields, stage, suspendedFrom,
                stages, registeredAt, responsibility);
    }

    /** The user name of the project officer, if one is assigned. */
    public String officer() {
        return responsibility == null ? null : responsibility.officer();
    }

    public String name() {
        return description.name();
    }

    private static <V> V ifChanged(List<String> changed, String field, V value) {
        return changed.contains(field) ? value : null;
    }

    private static <E extends Enum<E>> List<E> sortedDistinct(List<E> values) {
        return values == null ? List.of() : values.stream().distinct().sorted().toList();
    }

    private static String valueOf(CreditCode code) {
        return code == null ? null : code.value();
    }

    private static String valueOf(ProjectCode code) {
        return code == null ? null : code.value();
    }

    /**
     * Corrections, already validated for form; null means "leave as it is". {@code hiddenFields}, when given,
     * replaces the whole set.
     */
    public record Changes(String name, String summary, String ownerName, ProjectCode projectCode, String district,
            Sector sector, Level level, String industryChain, String address, GeoPoint location,
            BigDecimal totalInvestment, BigDecimal landAreaMu, BigDecimal floorAreaSqm, Integer buildings,
            List<Phase> phases, LocalDate plannedStart, LocalDate plannedCompletion, List<PublicField> hiddenFields) {

        public Changes {
            for (BigDecimal amount : new BigDecimal[] { totalInvestment, landAreaMu, floorAreaSqm }) {
                if (amount != null && amount.signum() < 0) {
                    throw new IllegalArgumentException("amounts and areas must not be negative");
                }
            }
        }
    }

    /** What the registering user states about a new project, already validated for form. */
    public record RegistrationDetails(Description description, CreditCode ownerCreditCode, ProjectCode projectCode,
            List<PublicField> hiddenFields) {

        public RegistrationDetails {
            Objects.requireNonNull(description, "description");
        }
    }
}

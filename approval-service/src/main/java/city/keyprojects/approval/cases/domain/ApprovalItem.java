package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.platform.calendar.WorkingDayClock;

/**
 * One department's item in an approval case, with its own version so that departments deciding different items of
 * the same case at once never stand in each other's way, while a decision taken on an outdated view of this item
 * is refused.
 *
 * @param clock                 the item's own clock; null in joint acceptance, where the case's clock counts
 * @param workingDaysUsed       once decided: working days its clock ran (time the applicant owed excluded)
 * @param onTime                once decided: whether within its limit
 * @param overdueLevelReported  the highest {@link OverdueEscalation} level already reported (0: none)
 */
public record ApprovalItem(String code, String name, String nameEn, String department, String departmentName,
        ItemState state, long version, WorkingDayClock clock, LocalDate decidedOn, Integer workingDaysUsed,
        Boolean onTime, List<String> missingMaterials,
        LocalDate cureDeadline, LocalDate suspendedOn, Commitment commitment, int overdueLevelReported,
        List<ItemStep> steps) {

    public ApprovalItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        missingMaterials = missingMaterials == null ? List.of() : List.copyOf(missingMaterials);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    static ApprovalItem submitted(CatalogueItem item, WorkingDayClock clock) {
        return new ApprovalItem(item.code(), item.name(), item.nameEn(), item.department(), item.departmentName(),
                ItemState.SUBMITTED, 1, clock, null, null, null, List.of(), null, null, null, 0, List.of());
    }

    /** The item in a new state, one version on. */
    ApprovalItem withState(ItemState next) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, next, version + 1, clock, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, suspendedOn, commitment, overdueLevelReported, steps);
    }

    /** Records the final decision's day and figures, frozen from then on. */
    ApprovalItem decided(LocalDate day, int used, boolean withinLimit) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, day, used,
                withinLimit, missingMaterials, cureDeadline, suspendedOn, commitment, overdueLevelReported, steps);
    }

    ApprovalItem withDeficiencies(List<String> materials, LocalDate deadline) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, decidedOn,
                workingDaysUsed, onTime, materials, deadline, suspendedOn, commitment, overdueLevelReported, steps);
    }

    ApprovalItem withSuspendedOn(LocalDate day) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, day, commitment, overdueLevelReported, steps);
    }

    ApprovalItem withCommitment(Commitment next) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, suspendedOn, next, overdueLevelReported, steps);
    }

    ApprovalItem withClock(WorkingDayClock next) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, next, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, suspendedOn, commitment, overdueLevelReported, steps);
    }

    ApprovalItem withOverdueLevelReported(int level) {
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, suspendedOn, commitment, level, steps);
    }

    ApprovalItem withStep(ItemStep step) {
        List<ItemStep> next = new ArrayList<>(steps);
        next.add(step);
        return new ApprovalItem(code, name, nameEn, department, departmentName, state, version, clock, decidedOn,
                workingDaysUsed, onTime, missingMaterials, cureDeadline, suspendedOn, commitment, overdueLevelReported, next);
    }
}

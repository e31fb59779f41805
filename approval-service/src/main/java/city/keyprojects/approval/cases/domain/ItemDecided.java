package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** A department decided its item: approved, approved on commitment, rejected (all final), or returned for correction (补正, not final: the clock stops). The figures are what department statistics are made of: working days used (time the applicant owed excluded) against the limit, on time or not, processed in parallel with another item of the stage or not. */
public record ItemDecided(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        Decision decision, boolean finalDecision, String reasons, String verificationObligation,
        LocalDate verificationDeadline, LocalDate decidedOn, int limitWorkingDays, int workingDaysUsed,
        int pausedWorkingDays, LocalDate dueDate, boolean onTime, boolean parallel, boolean extendedHours) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-decided";
    }
}

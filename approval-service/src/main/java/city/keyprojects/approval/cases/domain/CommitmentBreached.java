package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The verification after an approval on commitment failed: the approval is revoked and the breach published (失信). */
public record CommitmentBreached(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        String obligation, LocalDate verificationDeadline, LocalDate verifiedOn, String findings,
        boolean stageCompletedBefore) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.commitment-breached";
    }
}

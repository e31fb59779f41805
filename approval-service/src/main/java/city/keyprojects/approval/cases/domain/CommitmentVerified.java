package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The verification after an approval on commitment found the commitment kept. */
public record CommitmentVerified(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        LocalDate verifiedOn, String findings) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.commitment-verified";
    }
}

package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The one joint inspection of a joint completion acceptance (联合验收) was set (or moved) for all its departments. */
public record JointInspectionScheduled(String caseId, String projectId, ApprovalStage stage, LocalDate inspectionDate, String place,
        List<String> departments) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.joint-inspection-scheduled";
    }
}

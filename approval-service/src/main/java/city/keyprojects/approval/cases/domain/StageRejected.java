package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** Every item of the stage is decided and at least one was rejected: the stage ends without approval; the applicant may open it again. */
public record StageRejected(String caseId, String projectId, ApprovalStage stage, LocalDate openedOn, LocalDate closedOn,
        List<ItemOutcome> items) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.stage-rejected";
    }
}

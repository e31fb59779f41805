package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** A suspended item was not cured within 15 working days and was returned (退件); a resubmission starts it over. */
public record ItemReturned(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        LocalDate suspendedOn, LocalDate returnedOn) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-returned";
    }
}

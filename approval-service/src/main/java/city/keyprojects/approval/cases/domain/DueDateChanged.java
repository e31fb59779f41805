package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** An item's due date moved (its clock stood still while the applicant owed something, or it started over), with the reason. */
public record DueDateChanged(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        LocalDate previousDueDate, LocalDate dueDate, String reason, LocalDate changedOn) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-due-date-changed";
    }
}

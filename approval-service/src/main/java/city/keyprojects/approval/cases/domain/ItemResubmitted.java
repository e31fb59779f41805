package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The applicant resubmitted an item returned for correction (its clock runs again) or returned (it starts over, {@code restarted}). */
public record ItemResubmitted(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        LocalDate resubmittedOn, boolean restarted, LocalDate dueDate) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-resubmitted";
    }
}

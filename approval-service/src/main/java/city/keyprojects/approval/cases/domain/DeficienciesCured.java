package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The applicant delivered the materials owed on an item accepted with deficiencies; a suspended item resumes. */
public record DeficienciesCured(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        LocalDate curedOn, boolean wasSuspended, LocalDate dueDate) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-deficiencies-cured";
    }
}

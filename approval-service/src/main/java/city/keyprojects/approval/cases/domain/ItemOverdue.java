package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** An item passed its limit without a decision; published once per escalation level (1 the department's head, 2 the responsible leader, 3 the city). */
public record ItemOverdue(String caseId, String projectId, String projectName, ApprovalStage stage, String itemCode,
        String itemName, String department, String departmentName, LocalDate dueDate, int level,
        OverdueEscalation escalatedTo, int workingDaysOverdue, LocalDate detectedOn) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-overdue";
    }
}

package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** A department accepted its item (受理), or accepted it with deficiencies (容缺受理: the missing materials are owed by {@code cureDeadline}). */
public record ItemAccepted(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        boolean withDeficiencies, List<String> missingMaterials, LocalDate cureDeadline, LocalDate acceptedOn,
        boolean extendedHours) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-accepted";
    }
}

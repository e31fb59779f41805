package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** The missing materials did not come by the cure deadline: the item is suspended, its clock stopped, and it is returned unless cured by {@code lastDayToCure}. */
public record ItemSuspended(String caseId, String projectId, ApprovalStage stage, String itemCode, String department,
        List<String> missingMaterials, LocalDate cureDeadline, LocalDate suspendedOn, LocalDate lastDayToCure) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.item-suspended";
    }
}

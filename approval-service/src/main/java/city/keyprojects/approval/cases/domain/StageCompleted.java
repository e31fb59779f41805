package city.keyprojects.approval.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;

/** Every item of the stage is approved: the stage is complete. Its combined result is the most severe item decision (APPROVED_ON_COMMITMENT when any item was approved on commitment); {@code items} hold each department's decision and opinion. */
public record StageCompleted(String caseId, String projectId, ApprovalStage stage, CombinedResult result, LocalDate openedOn,
        LocalDate completedOn, Instant completedAt, int workingDaysUsed, List<ItemOutcome> items) implements ApprovalEvent {

    @Override
    public String type() {
        return "approval.stage-completed";
    }
}

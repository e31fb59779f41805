package city.keyprojects.approval.cases.domain;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.platform.events.PublishedEvent;

/**
 * What happened in an approval case. Every event names the case, the project and the stage, and item events the
 * item and its department, so that a consumer (reporting) rebuilds department statistics from the events alone.
 * Keyed by the project; the actor is in the envelope.
 */
public sealed interface ApprovalEvent extends PublishedEvent permits CaseOpened, ItemAccepted, ItemDecided,
        ItemResubmitted, DeficienciesCured, ItemSuspended, ItemReturned, DueDateChanged, ItemOverdue,
        JointInspectionScheduled, StageCompleted, StageRejected, CommitmentVerified, CommitmentBreached {

    String caseId();

    String projectId();

    ApprovalStage stage();

    @Override
    default String subject() {
        return projectId();
    }
}

package city.keyprojects.reporting.projects.application;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

/**
 * The events of {@code approval.events.v1} reporting folds: each item's final decision and its working days, and
 * the items past their limit until they are decided.
 */
@Component
class ApprovalEventChanges implements FactChanges {

    private final EventCodec codec;

    ApprovalEventChanges(EventCodec codec) {
        this.codec = codec;
    }

    record ItemDecided(String caseId, String itemCode, String department, boolean finalDecision, LocalDate decidedOn,
            int limitWorkingDays, int workingDaysUsed, boolean onTime) {
    }

    record ItemOverdue(String caseId, String itemCode, String department) {
    }

    @Override
    public UnaryOperator<ProjectFacts> changeFor(EventEnvelope event) {
        if ("approval.item-overdue".equals(event.type())) {
            ItemOverdue overdue = codec.dataAs(event, ItemOverdue.class);
            return facts -> facts.approvalOverdue(overdue.caseId(), overdue.itemCode(), overdue.department());
        }
        if (!"approval.item-decided".equals(event.type())) {
            return null;
        }
        ItemDecided decided = codec.dataAs(event, ItemDecided.class);
        if (!decided.finalDecision()) {
            return null; // a return for correction: the item goes on
        }
        return facts -> facts.decided(decided.caseId(), decided.itemCode(), new ApprovalFacts(decided.department(),
                decided.decidedOn(), decided.limitWorkingDays(), decided.workingDaysUsed(), decided.onTime()));
    }
}

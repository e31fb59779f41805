package city.keyprojects.approval.cases.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalItem;
import city.keyprojects.approval.cases.domain.DecisionCommand;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/**
 * Use cases of the departments: deciding their own items (受理, 容缺受理, 补正, approve, 告知承诺, reject), verifying a
 * commitment afterwards, and arranging the joint inspection of a completion acceptance.
 */
@Service
public class DecidingApprovalItem {

    private final ApprovalCases cases;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    DecidingApprovalItem(ApprovalCases cases, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Decides an item as seen at {@code itemVersion}; only an officer of the item's department may. */
    public Mono<Stored<ApprovalCase>> decide(String caseId, String itemCode, long itemVersion,
            DecisionCommand command, CurrentUser user) {
        return cases.change(caseId, stored -> Mono.fromCallable(() -> {
            requireOwnDepartment(stored.state(), itemCode, user);
            return stored.state().decide(itemCode, itemVersion, command, user.id(), cases.today(), clock.instant(),
                    calendar);
        }), user.actor());
    }

    /** Records the verification owed after an approval on commitment; a failed one revokes the approval. */
    public Mono<Stored<ApprovalCase>> verifyCommitment(String caseId, String itemCode, long itemVersion,
            boolean passed, String findings, CurrentUser user) {
        return cases.change(caseId, stored -> Mono.fromCallable(() -> {
            requireOwnDepartment(stored.state(), itemCode, user);
            return stored.state().verifyCommitment(itemCode, itemVersion, passed, findings, user.id(),
                    cases.today(), clock.instant(), calendar);
        }), user.actor());
    }

    /** Sets or moves the joint inspection of a completion acceptance, as seen at its {@code revision}. */
    public Mono<Stored<ApprovalCase>> scheduleJointInspection(String caseId, int revision, LocalDate date,
            String place, CurrentUser user) {
        return cases.change(caseId, stored -> Mono.fromCallable(() -> {
            if (!ApprovalAccessPolicy.mayScheduleJointInspection(user, stored.state())) {
                throw new ForbiddenException("The joint inspection is arranged by the key-project centre or by a"
                        + " department taking part in it.");
            }
            return stored.state().scheduleJointInspection(revision, date, place, cases.today());
        }), user.actor());
    }

    private static void requireOwnDepartment(ApprovalCase approvalCase, String itemCode, CurrentUser user) {
        ApprovalItem item = approvalCase.item(itemCode).orElseThrow(() -> new NotFoundException(
                "Case " + approvalCase.caseId() + " has no item " + itemCode + "."));
        if (!ApprovalAccessPolicy.mayDecide(user, item)) {
            throw new ForbiddenException("Item " + itemCode + " is decided by department " + item.department()
                    + " only.");
        }
    }
}

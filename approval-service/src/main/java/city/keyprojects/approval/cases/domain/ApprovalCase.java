package city.keyprojects.approval.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.problem.RuleViolationException;

/**
 * One stage of one project's approval (并联审批): every item of the stage runs at the same time in its own
 * department, each against its limit in working days. Commands return the new state with the events they caused.
 *
 * @param attempt     1 for the first application of this stage; a rejected stage may be applied for again
 * @param applicant   the credit code of the enterprise applying
 * @param filedBy     the user who filed the form: the enterprise, or its project officer acting for it (代办)
 * @param jointClock  the one clock of joint completion acceptance (联合验收); null in the other stages
 */
public record ApprovalCase(String caseId, String projectId, String projectName, ApprovalStage stage, int attempt,
        long catalogueVersion, String applicant, String applicantName, ApplicationForm form, String filedBy,
        boolean agent, LocalDate openedOn, CaseStatus status, CombinedResult result, LocalDate closedOn,
        WorkingDayClock jointClock, JointInspection jointInspection, List<ApprovalItem> items) {

    private static final String SYSTEM = "system";
    private static final Set<String> DECISIONS = Arrays.stream(Decision.values()).map(Decision::name)
            .collect(Collectors.toUnmodifiableSet());

    public ApprovalCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(stage, "stage");
        items = List.copyOf(items);
    }

    /** The new state and the events that led to it; no events means nothing changed. */
    public record Result(ApprovalCase approvalCase, List<ApprovalEvent> events) {
    }

    /** Case ids name the project, the stage and the attempt, so two concurrent openings collide on the id. */
    public static String idFor(String projectId, ApprovalStage stage, int attempt) {
        return projectId + "-stage" + (stage.ordinal() + 1) + "-" + attempt;
    }

    /** Who applies, and whether a project officer filed for the enterprise (代办). */
    public record Applicant(String creditCode, String name, String filedBy, boolean agent) {
    }

    /** Opens the stage: all its items of the catalogue version start at once, each in its department's queue. */
    public static Result open(String projectId, String projectName, ApprovalStage stage, int attempt,
            ApprovalCatalogue catalogue, Applicant applicant, ApplicationForm form, LocalDate today,
            WorkingDayCalendar calendar) {
        List<CatalogueItem> catalogueItems = catalogue.itemsOf(stage);
        if (catalogueItems.isEmpty()) {
            throw new RuleViolationException(ApprovalRules.STAGE_HAS_ITEMS,
                    "Catalogue version " + catalogue.version() + " has no items for " + stage + ".");
        }
        WorkingDayClock joint = stage.isJointAcceptance()
                ? WorkingDayClock.startedOn(today, catalogue.jointAcceptanceLimitWorkingDays(), calendar)
                : null;
        List<ApprovalItem> items = catalogueItems.stream()
                .map(item -> ApprovalItem.submitted(item,
                        joint != null ? null : WorkingDayClock.startedOn(today, item.limitWorkingDays(), calendar)))
                .toList();
        String caseId = idFor(projectId, stage, attempt);
        ApprovalCase opened = new ApprovalCase(caseId, projectId, projectName, stage, attempt, catalogue.version(),
                applicant.creditCode(), applicant.name(), form, applicant.filedBy(), applicant.agent(), today,
                CaseStatus.OPEN, null, null, joint, null, items);
        List<OpenedItem> openedItems = items.stream().map(item -> {
            WorkingDayClock clock = opened.clockOf(item);
            return new OpenedItem(item.code(), item.name(), item.department(), item.departmentName(),
                    clock.limitWorkingDays(), clock.dueDate());
        }).toList();
        return new Result(opened, List.of(new CaseOpened(caseId, projectId, projectName, stage, attempt,
                catalogue.version(), applicant.creditCode(), applicant.name(), applicant.agent(), today,
                stage.isJointAcceptance(), openedItems)));
    }

    public Optional<ApprovalItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }

    /** The clock an item runs on: its own, or in joint acceptance the case's one clock. */
    public WorkingDayClock clockOf(ApprovalItem item) {
        return jointClock != null ? jointClock : item.clock();
    }

    /** A department officer's decision on its item, taken on version {@code itemVersion} of the item. */
    public Result decide(String itemCode, long itemVersion, DecisionCommand command, String by, LocalDate today,
            Instant now, WorkingDayCalendar calendar) {
        ApprovalItem item = itemToChange(itemCode, itemVersion);
        ApprovalRules.requireOpen(this);
        ApprovalRules.requireDecisionAllowed(item, command.decision());
        ApprovalRules.requireJointInspectionHeld(this, command.decision(), today);
        ApprovalRules.requireDetails(command, stage.isJointAcceptance(), today);
        Change change = new Change(this, today, calendar);
        ItemStep step = new ItemStep(command.decision().name(), now, by, note(command), command.extendedHours());
        switch (command.decision()) {
            case ACCEPT -> {
                change.put(item.withState(ItemState.ACCEPTED).withStep(step));
                change.events.add(new ItemAccepted(caseId, projectId, stage, itemCode, item.department(), false,
                        List.of(), null, today, command.extendedHours()));
            }
            case ACCEPT_WITH_DEFICIENCIES -> {
                change.put(item.withState(ItemState.ACCEPTED_WITH_DEFICIENCIES)
                        .withDeficiencies(command.missingMaterials(), command.cureDeadline()).withStep(step));
                change.events.add(new ItemAccepted(caseId, projectId, stage, itemCode, item.department(), true,
                        command.missingMaterials(), command.cureDeadline(), today, command.extendedHours()));
            }
            case RETURN_FOR_CORRECTION -> change.decided(item.withState(ItemState.RETURNED_FOR_CORRECTION)
                    .withStep(step), command);
            case APPROVE -> change.decided(item.withState(ItemState.APPROVED).withStep(step), command);
            case APPROVE_ON_COMMITMENT -> change.decided(item.withState(ItemState.APPROVED_ON_COMMITMENT)
                    .withCommitment(Commitment.owed(command.verificationObligation(),
                            command.verificationDeadline()))
                    .withStep(step), command);
            case REJECT -> change.decided(item.withState(ItemState.REJECTED).withStep(step), command);
        }
        return change.result("the applicant owes nothing more on the stage", now);
    }

    /** The applicant resubmits a returned item: after a correction its clock runs on, after a return it starts over. */
    public Result resubmit(String itemCode, long itemVersion, String note, String by, LocalDate today, Instant now,
            WorkingDayCalendar calendar) {
        ApprovalItem item = itemToChange(itemCode, itemVersion);
        ApprovalRules.requireOpen(this);
        ApprovalRules.requireReturned(item);
        Change change = new Change(this, today, calendar);
        ApprovalItem resubmitted = item.withState(ItemState.SUBMITTED)
                .withStep(new ItemStep("RESUBMITTED", now, by, note, false));
        boolean restart = item.state() == ItemState.RETURNED && jointClock == null;
        if (restart) {
            WorkingDayClock restarted = item.clock().restartedOn(today, "resubmitted after being returned (退件)",
                    calendar);
            change.dueDateMoved(item, item.clock(), restarted);
            // A new application as far as the clock goes: its lateness is reported afresh.
            resubmitted = resubmitted.withClock(restarted).withOverdueLevelReported(0);
        }
        change.put(resubmitted);
        Result result = change.result("clock stood still until the applicant resubmitted", now);
        ApprovalItem after = result.approvalCase().item(itemCode).orElseThrow();
        List<ApprovalEvent> events = new ArrayList<>(result.events());
        events.add(new ItemResubmitted(caseId, projectId, stage, itemCode, item.department(), today, restart,
                result.approvalCase().clockOf(after).dueDate()));
        return new Result(result.approvalCase(), List.copyOf(events));
    }

    /**
     * The applicant delivers the materials owed after an acceptance with deficiencies; a suspended item resumes.
     * Time is brought up to date first, so materials coming after the cure deadline count as late even before the
     * clock watcher noticed: the clock stood still from the deadline, and after the last day to cure they are
     * refused.
     */
    public Result cureDeficiencies(String itemCode, long itemVersion, String note, String by, LocalDate today,
            Instant now, WorkingDayCalendar calendar) {
        ApprovalItem item = itemToChange(itemCode, itemVersion);
        ApprovalRules.requireOpen(this);
        ApprovalRules.requireDeficiencies(item);
        ApprovalRules.requireCureInTime(item, today, calendar);
        Change change = new Change(this, today, calendar);
        ApprovalItem owing = change.suspendIfDue(item, now);
        change.put(owing.withState(ItemState.ACCEPTED).withStep(new ItemStep("DEFICIENCIES_CURED", now, by, note,
                false)));
        Result result = change.result("clock stood still while the item was suspended for missing materials", now);
        ApprovalItem after = result.approvalCase().item(itemCode).orElseThrow();
        List<ApprovalEvent> events = new ArrayList<>(result.events());
        events.add(new DeficienciesCured(caseId, projectId, stage, itemCode, item.department(), today,
                owing.state() == ItemState.SUSPENDED, result.approvalCase().clockOf(after).dueDate()));
        return new Result(result.approvalCase(), List.copyOf(events));
    }

    /**
     * The department's verification after an approval on commitment. A failed one revokes the approval and
     * publishes the breach; the stage, if it has completed already, stays completed (its permit is withdrawn by
     * the revocation, which the breach event announces).
     */
    public Result verifyCommitment(String itemCode, long itemVersion, boolean passed, String findings, String by,
            LocalDate today, Instant now, WorkingDayCalendar calendar) {
        ApprovalItem item = itemToChange(itemCode, itemVersion);
        ApprovalRules.requireCommitmentToVerify(item);
        Change change = new Change(this, today, calendar);
        Commitment verified = item.commitment().verified(passed, findings, today);
        if (passed) {
            // Same state, but the item changed: a second look from the same view is stale.
            change.put(item.withState(item.state()).withCommitment(verified).withStep(new ItemStep(
                    "COMMITMENT_VERIFIED", now, by, findings, false)));
            change.events.add(new CommitmentVerified(caseId, projectId, stage, itemCode, item.department(), today,
                    findings));
        } else {
            change.put(item.withState(ItemState.REVOKED).withCommitment(verified)
                    .withStep(new ItemStep("COMMITMENT_BREACHED", now, by, findings, false)));
            change.events.add(new CommitmentBreached(caseId, projectId, stage, itemCode, item.department(),
                    verified.obligation(), verified.verificationDeadline(), today, findings,
                    status == CaseStatus.COMPLETED));
        }
        return change.result("the applicant owes nothing more on the stage", now);
    }

    /**
     * Sets (or moves) the one joint inspection of a joint completion acceptance, as seen at {@code revision} (0
     * while none is set): moving it from an outdated view is stale, whatever else happened in the case meanwhile.
     */
    public Result scheduleJointInspection(int revision, LocalDate date, String place, LocalDate today) {
        ApprovalRules.requireOpen(this);
        ApprovalRules.requireJointAcceptance(this);
        int current = jointInspection == null ? 0 : jointInspection.revision();
        if (revision != current) {
            throw new StaleVersionException(revision);
        }
        if (date.isBefore(today)) {
            throw new InvalidInputException("date", "must not be in the past");
        }
        if (jointInspection != null && jointInspection.date().equals(date) && jointInspection.place().equals(place)) {
            return new Result(this, List.of());
        }
        JointInspection inspection = new JointInspection(date, place, current + 1);
        ApprovalCase next = new ApprovalCase(caseId, projectId, projectName, stage, attempt, catalogueVersion,
                applicant, applicantName, form, filedBy, agent, openedOn, status, result, closedOn, jointClock,
                inspection, items);
        return new Result(next, List.of(new JointInspectionScheduled(caseId, projectId, stage, date, place,
                items.stream().map(ApprovalItem::department).distinct().toList())));
    }

    /**
     * What the passing of time does, as of {@code today}: items whose cure deadline passed are suspended, items
     * suspended too long are returned, and items past their limit are reported overdue, once per escalation level.
     */
    public Result passTime(LocalDate today, Instant now, WorkingDayCalendar calendar) {
        if (status != CaseStatus.OPEN) {
            return new Result(this, List.of());
        }
        Change change = new Change(this, today, calendar);
        for (ApprovalItem original : items) {
            ApprovalItem item = change.suspendIfDue(original, now);
            if (DeficiencyCure.isToReturn(item, today, calendar)) {
                item = item.withState(ItemState.RETURNED).withStep(new ItemStep("RETURNED", now, SYSTEM,
                        "missing materials not delivered within " + DeficiencyCure.SUSPENSION_LIMIT_WORKING_DAYS
                                + " working days of the suspension", false));
                change.put(item);
                change.events.add(new ItemReturned(caseId, projectId, stage, item.code(), item.department(),
                        item.suspendedOn(), today));
            }
        }
        Result afterSuspensions = change.result("the applicant owes nothing more on the stage", now);
        return afterSuspensions.approvalCase().reportOverdue(afterSuspensions.events(), today, calendar);
    }

    private Result reportOverdue(List<ApprovalEvent> earlier, LocalDate today, WorkingDayCalendar calendar) {
        List<ApprovalEvent> events = new ArrayList<>(earlier);
        List<ApprovalItem> next = new ArrayList<>(items.size());
        for (ApprovalItem item : items) {
            WorkingDayClock clock = clockOf(item);
            int overdue = item.state().isFinal() ? 0 : clock.workingDaysOverdueOn(today, calendar);
            int level = OverdueEscalation.levelReached(overdue);
            for (int reported = item.overdueLevelReported() + 1; reported <= level; reported++) {
                OverdueEscalation escalation = OverdueEscalation.ofLevel(reported);
                events.add(new ItemOverdue(caseId, projectId, projectName, stage, item.code(), item.name(),
                        item.department(), item.departmentName(), clock.dueDate(), reported, escalation, overdue,
                        today));
            }
            next.add(level > item.overdueLevelReported() ? item.withOverdueLevelReported(level) : item);
        }
        return new Result(withItems(next, jointClock), List.copyOf(events));
    }

    /**
     * Whether the item was under way at the same time as another item of the stage (并联), between the day its
     * clock started and {@code until} (its decision, or today while it is open).
     */
    public boolean processedInParallel(ApprovalItem item, LocalDate until) {
        return inParallel(item, items, jointClock, until);
    }

    private static boolean inParallel(ApprovalItem item, List<ApprovalItem> items, WorkingDayClock joint,
            LocalDate until) {
        LocalDate started = (joint != null ? joint : item.clock()).startedOn();
        return items.stream().anyMatch(other -> {
            if (other.code().equals(item.code())) {
                return false;
            }
            LocalDate otherStarted = (joint != null ? joint : other.clock()).startedOn();
            return !otherStarted.isAfter(until)
                    && (other.decidedOn() == null || !other.decidedOn().isBefore(started));
        });
    }

    private ApprovalItem itemToChange(String itemCode, long itemVersion) {
        ApprovalItem item = item(itemCode).orElseThrow(() -> new NotFoundException(
                "Case " + caseId + " has no item " + itemCode + "."));
        if (item.version() != itemVersion) {
            throw new StaleVersionException(itemVersion);
        }
        return item;
    }

    private ApprovalCase withItems(List<ApprovalItem> next, WorkingDayClock joint) {
        return new ApprovalCase(caseId, projectId, projectName, stage, attempt, catalogueVersion, applicant,
                applicantName, form, filedBy, agent, openedOn, status, result, closedOn, joint, jointInspection, next);
    }

    private static String note(DecisionCommand command) {
        return switch (command.decision()) {
            case ACCEPT_WITH_DEFICIENCIES -> "missing: " + String.join(", ", command.missingMaterials())
                    + "; due " + command.cureDeadline();
            case APPROVE_ON_COMMITMENT -> command.verificationObligation() + "; verify by "
                    + command.verificationDeadline();
            default -> command.reasons();
        };
    }

    /**
     * A change being made to the case: items replaced, events collected, then the clocks brought in line (a clock
     * stands still exactly while the applicant owes something on the items it counts for) and the stage closed
     * once every item is decided.
     */
    private static final class Change {

        private final ApprovalCase before;
        private final LocalDate today;
        private final WorkingDayCalendar calendar;
        private final List<ApprovalItem> items;
        private WorkingDayClock jointClock;
        private final List<ApprovalEvent> events = new ArrayList<>();

        Change(ApprovalCase before, LocalDate today, WorkingDayCalendar calendar) {
            this.before = before;
            this.today = today;
            this.calendar = calendar;
            this.items = new ArrayList<>(before.items());
            this.jointClock = before.jointClock();
        }

        ApprovalItem current(String code) {
            return items.stream().filter(item -> item.code().equals(code)).findFirst().orElseThrow();
        }

        void put(ApprovalItem changed) {
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).code().equals(changed.code())) {
                    items.set(i, changed);
                    return;
                }
            }
            throw new IllegalArgumentException("No item " + changed.code());
        }

        /**
         * Suspends the item if its cure deadline has passed (the clock stops from the end of the deadline, whenever
         * that is noticed) and answers it as it is now.
         */
        ApprovalItem suspendIfDue(ApprovalItem item, Instant now) {
            if (!DeficiencyCure.isToSuspend(item, today)) {
                return item;
            }
            pauseFrom(item, item.cureDeadline());
            ApprovalItem suspended = current(item.code()).withState(ItemState.SUSPENDED)
                    .withSuspendedOn(item.cureDeadline().plusDays(1))
                    .withStep(new ItemStep("SUSPENDED", now, SYSTEM, "missing materials not delivered by "
                            + item.cureDeadline(), false));
            put(suspended);
            events.add(new ItemSuspended(before.caseId(), before.projectId(), before.stage(), item.code(),
                    item.department(), item.missingMaterials(), item.cureDeadline(), suspended.suspendedOn(),
                    DeficiencyCure.lastDayToCure(item.cureDeadline(), calendar)));
            return suspended;
        }

        void pauseFrom(ApprovalItem item, LocalDate day) {
            if (jointClock != null) {
                jointClock = jointClock.pausedOn(day);
            } else {
                put(current(item.code()).withClock(current(item.code()).clock().pausedOn(day)));
            }
        }

        /** A decision that ends the item's review for now: returned for correction, or final. */
        void decided(ApprovalItem item, DecisionCommand command) {
            WorkingDayClock clock = jointClock != null ? jointClock : item.clock();
            int used = clock.elapsedOn(today, calendar);
            boolean onTime = used <= clock.limitWorkingDays();
            boolean parallel = inParallel(item, items, jointClock, today);
            ApprovalItem decided = item.state().isFinal() ? item.decided(today, used, onTime) : item;
            put(decided);
            events.add(new ItemDecided(before.caseId(), before.projectId(), before.stage(), item.code(),
                    item.department(), command.decision(), item.state().isFinal(), command.reasons(),
                    command.verificationObligation(), command.verificationDeadline(), today,
                    clock.limitWorkingDays(), used, clock.pausedWorkingDaysOn(today, calendar), clock.dueDate(), onTime,
                    parallel,
                    command.extendedHours()));
        }

        void dueDateMoved(ApprovalItem item, WorkingDayClock from, WorkingDayClock to) {
            if (!from.dueDate().equals(to.dueDate())) {
                events.add(new DueDateChanged(before.caseId(), before.projectId(), before.stage(), item.code(),
                        item.department(), from.dueDate(), to.dueDate(), to.changes().get(to.changes().size() - 1)
                                .reason(), today));
            }
        }

        Result result(String resumeReason, Instant now) {
            synchronizeClocks(resumeReason);
            ApprovalCase next = before.withItems(items, jointClock);
            CombinedResult combined = before.status() == CaseStatus.OPEN ? CombinedResult.mostSevere(items) : null;
            if (combined != null) {
                next = close(next, combined, now);
            }
            return new Result(next, List.copyOf(events));
        }

        private void synchronizeClocks(String resumeReason) {
            if (jointClock != null) {
                boolean owes = items.stream().anyMatch(item -> !item.state().isFinal() && item.state().applicantOwes());
                WorkingDayClock moved = move(jointClock, owes, resumeReason);
                if (moved != jointClock) {
                    items.stream().filter(item -> !item.state().isFinal())
                            .forEach(item -> dueDateMoved(item, jointClock, moved));
                    jointClock = moved;
                }
                return;
            }
            for (ApprovalItem item : List.copyOf(items)) {
                if (item.state().isFinal()) {
                    continue;
                }
                WorkingDayClock moved = move(item.clock(), item.state().applicantOwes(), resumeReason);
                if (moved != item.clock()) {
                    dueDateMoved(item, item.clock(), moved);
                    put(item.withClock(moved));
                }
            }
        }

        private WorkingDayClock move(WorkingDayClock clock, boolean owes, String resumeReason) {
            if (owes && !clock.paused()) {
                return clock.pausedOn(today);
            }
            if (!owes && clock.paused()) {
                return clock.resumedOn(today, resumeReason, calendar);
            }
            return clock;
        }

        private ApprovalCase close(ApprovalCase open, CombinedResult combined, Instant now) {
            List<ItemOutcome> outcomes = open.items().stream().map(item -> new ItemOutcome(item.code(),
                    item.department(), item.state(), item.decidedOn(), Boolean.TRUE.equals(item.onTime()),
                    opinion(item))).toList();
            CaseStatus status = combined.approved() ? CaseStatus.COMPLETED : CaseStatus.REJECTED;
            if (combined.approved()) {
                int used = calendar.workingDaysBetween(open.openedOn(), today);
                events.add(new StageCompleted(open.caseId(), open.projectId(), open.stage(), combined,
                        open.openedOn(), today, now, used, outcomes));
            } else {
                events.add(new StageRejected(open.caseId(), open.projectId(), open.stage(), open.openedOn(), today,
                        outcomes));
            }
            return new ApprovalCase(open.caseId(), open.projectId(), open.projectName(), open.stage(),
                    open.attempt(), open.catalogueVersion(), open.applicant(), open.applicantName(), open.form(),
                    open.filedBy(), open.agent(), open.openedOn(), status, combined, today, open.jointClock(),
                    open.jointInspection(), open.items());
        }

        /** The opinion the department gave with its decision on the item (a later verification's findings aside). */
        private static String opinion(ApprovalItem item) {
            for (int i = item.steps().size() - 1; i >= 0; i--) {
                ItemStep step = item.steps().get(i);
                if (DECISIONS.contains(step.action())) {
                    return step.note();
                }
            }
            return null;
        }
    }
}

package city.keyprojects.issue.tickets.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;

/**
 * A problem ticket on a project, handled in the five-step closed loop (五步工作法): reported (收集) → assigned to a
 * department and handler (交办) → in progress (办理) → answered (反馈) → closed only when the reporter confirms
 * (销号), or reopened. Its clock runs in working days from the day it was reported, stops while the reporter owes
 * information, and an overdue ticket escalates level by level up to the city's supervision list (挂牌督办).
 * Commands return the new state with the events they caused; no events means nothing changed.
 *
 * @param pendingQuestion  what the department asked the reporter and is waiting for (the clock stands still)
 * @param escalationLevel  the highest {@link TicketEscalation} level reached (0: none)
 * @param supervisedOn     the day the ticket joined the supervision list, or null
 */
public record Ticket(String ticketId, String projectId, String projectName, TicketCategory category,
        Severity severity, String title, String description, List<Attachment> attachments, TicketSource source,
        ApprovalOrigin origin, Reporter reporter, LocalDate reportedOn, TicketStep step, Assignment assignment,
        WorkingDayClock clock, String pendingQuestion, Answer answer, Closure closure, int reopenCount,
        int escalationLevel, List<ReachedEscalation> escalations, LocalDate supervisedOn,
        List<TicketActivity> activities) {

    /**
     * Whom an escalation tells when the one it is meant for is not there: level 1 while no department has the
     * ticket (the centre owes it one), level 2 while the project has no responsible leader (the centre names one).
     */
    public static final String KEY_PROJECT_CENTRE = "key-project-centre";
    public static final String CITY = "city";

    public Ticket {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(clock, "clock");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** The new state and the events that led to it. */
    public record Result(Ticket ticket, List<TicketEvent> events) {
    }

    /** The ticket id for the one automatic ticket of an overdue approval item, so that a redelivery finds it. */
    public static String idForOverdueApproval(String caseId, String itemCode) {
        return "approval-" + caseId + "-" + itemCode;
    }

    /** A problem reported (收集): its clock starts today with the limit its category and severity give. */
    public static Result report(String ticketId, String projectId, String projectName, ProblemReport report,
            Reporter reporter, LocalDate today, Instant now, WorkingDayCalendar calendar) {
        int limit = ResponseLimits.workingDays(report.category(), report.severity());
        WorkingDayClock clock = WorkingDayClock.startedOn(today, limit, calendar);
        Ticket reported = new Ticket(ticketId, projectId, projectName, report.category(), report.severity(),
                report.title(), report.description(), report.attachments(), TicketSource.REPORTED, null, reporter,
                today, TicketStep.REPORTED, null, clock, null, null, null, 0, 0, List.of(), null,
                List.of(new TicketActivity("REPORTED", now, reporter.userId(), report.title())));
        return new Result(reported, List.of(reported.reportedEvent()));
    }

    /**
     * The automatic ticket for an approval item past its limit: handed at once to the item's department and put on
     * the supervision list, because the approval is already late.
     */
    public static Result openForOverdueApproval(String projectId, String projectName, ApprovalOrigin origin,
            String department, String departmentName, LocalDate today, Instant now, WorkingDayCalendar calendar) {
        String ticketId = idForOverdueApproval(origin.caseId(), origin.itemCode());
        String title = "审批超时: " + origin.itemName() + " (" + departmentName + ")";
        String description = "Approval item " + origin.itemCode() + " of case " + origin.caseId() + " was due on "
                + origin.itemDueDate() + " and is still undecided.";
        ProblemReport report = new ProblemReport(TicketCategory.APPROVAL, Severity.URGENT, title, description,
                List.of());
        int limit = ResponseLimits.workingDays(report.category(), report.severity());
        Assignment assignment = new Assignment(department, null, today, Reporter.SYSTEM.userId());
        Ticket opened = new Ticket(ticketId, projectId, projectName, report.category(), report.severity(), title,
                description, List.of(), TicketSource.APPROVAL_OVERDUE, origin, Reporter.SYSTEM, today,
                TicketStep.ASSIGNED, assignment, WorkingDayClock.startedOn(today, limit, calendar), null, null, null,
                0, 0, List.of(), today, List.of(
                        new TicketActivity("REPORTED", now, Reporter.SYSTEM.userId(), title),
                        new TicketActivity("ASSIGNED", now, Reporter.SYSTEM.userId(), department),
                        new TicketActivity("SUPERVISED", now, Reporter.SYSTEM.userId(), "approval item overdue")));
        return new Result(opened, List.of(opened.reportedEvent(),
                new TicketAssigned(ticketId, projectId, opened.category, department, null, null, today,
                        opened.clock.dueDate()),
                new TicketSupervised(ticketId, projectId, projectName, opened.category, department,
                        "APPROVAL_OVERDUE", today)));
    }

    private TicketReported reportedEvent() {
        return new TicketReported(ticketId, projectId, projectName, category, severity, title, source,
                reporter.role(), reportedOn, clock.limitWorkingDays(), clock.dueDate(), origin);
    }

    public String department() {
        return assignment == null ? null : assignment.department();
    }

    public boolean supervised() {
        return supervisedOn != null;
    }

    /**
     * Hands the ticket (交办) to a department and handler, or hands it on; a ticket handed to another department
     * waits for that department to start on it. The clock is the reporter's and runs on.
     */
    public Result assign(String department, String handler, String by, LocalDate today, Instant now) {
        TicketRules.requireStep(this, "assigned", TicketStep.REPORTED, TicketStep.ASSIGNED, TicketStep.IN_PROGRESS);
        if (assignment != null && assignment.department().equals(department)
                && Objects.equals(assignment.handler(), handler)) {
            return unchanged();
        }
        String previous = department();
        boolean sameDepartment = department.equals(previous);
        TicketStep next = sameDepartment ? step : TicketStep.ASSIGNED;
        Ticket assigned = with(next, new Assignment(department, handler, today, by), pendingQuestion, answer, closure)
                .logged("ASSIGNED", now, by, department + " / " + handler);
        return new Result(assigned, List.of(new TicketAssigned(ticketId, projectId, category, department, handler,
                previous, today, clock.dueDate())));
    }

    /** The department starts on it (办理); the officer becomes the handler when none was named. */
    public Result startHandling(String officer, LocalDate today, Instant now) {
        TicketRules.requireStep(this, "started", TicketStep.ASSIGNED);
        Assignment handled = assignment.handler() == null ? assignment.handledBy(officer) : assignment;
        Ticket started = with(TicketStep.IN_PROGRESS, handled, pendingQuestion, answer, closure)
                .logged("HANDLING_STARTED", now, officer, null);
        return new Result(started, List.of(new TicketHandlingStarted(ticketId, projectId, department(),
                handled.handler(), today)));
    }

    /** The department asks the reporter for something; the clock stands still until it comes. */
    public Result requestInformation(String question, String officer, LocalDate today, Instant now) {
        TicketRules.requireStep(this, "asked about", TicketStep.ASSIGNED, TicketStep.IN_PROGRESS);
        TicketRules.requireNoPendingQuestion(this, "asked about again");
        Ticket asking = new Ticket(ticketId, projectId, projectName, category, severity, title, description,
                attachments, source, origin, reporter, reportedOn, step, assignment, clock.pausedOn(today), question,
                answer, closure, reopenCount, escalationLevel, escalations, supervisedOn, activities)
                .logged("INFORMATION_REQUESTED", now, officer, question);
        return new Result(asking, List.of(new TicketInformationRequested(ticketId, projectId, department(), question,
                today)));
    }

    /** The reporter answers the department's question: the clock runs again, the due date moved by the pause. */
    public Result provideInformation(String information, String by, LocalDate today, Instant now,
            WorkingDayCalendar calendar) {
        TicketRules.requireStep(this, "given information", TicketStep.ASSIGNED, TicketStep.IN_PROGRESS);
        TicketRules.requirePendingQuestion(this);
        int pausedBefore = clock.pausedWorkingDays();
        WorkingDayClock resumed = clock.resumedOn(today, "the reporter provided the information asked for",
                calendar);
        Ticket provided = new Ticket(ticketId, projectId, projectName, category, severity, title, description,
                attachments, source, origin, reporter, reportedOn, step, assignment, resumed, null, answer, closure,
                reopenCount, escalationLevel, escalations, supervisedOn, activities)
                .logged("INFORMATION_PROVIDED", now, by, information);
        return new Result(provided, List.of(new TicketInformationProvided(ticketId, projectId, department(), today,
                resumed.pausedWorkingDays() - pausedBefore, resumed.dueDate())));
    }

    /** The department says what it did (反馈); how long it took is counted in working days without the pauses. */
    public Result answer(String text, String officer, LocalDate today, Instant now, WorkingDayCalendar calendar) {
        TicketRules.requireStep(this, "answered", TicketStep.IN_PROGRESS);
        TicketRules.requireNoPendingQuestion(this, "answered");
        int taken = clock.elapsedOn(today, calendar);
        boolean onTime = !clock.overdueOn(today, calendar);
        Answer given = new Answer(text, today, officer, taken, onTime);
        Ticket answered = with(TicketStep.ANSWERED, assignment, null, given, closure)
                .logged("ANSWERED", now, officer, text);
        return new Result(answered, List.of(new TicketAnswered(ticketId, projectId, category, department(), today,
                taken, clock.limitWorkingDays(), onTime, clock.dueDate())));
    }

    /** The reporter confirms the problem is solved (销号), with a satisfaction score from 1 to 5. */
    public Result confirm(int satisfaction, String comment, String by, LocalDate today, Instant now) {
        TicketRules.requireStep(this, "confirmed", TicketStep.ANSWERED);
        TicketRules.requireSatisfactionScore(satisfaction);
        Closure closed = new Closure(true, satisfaction, comment, today, by);
        Ticket confirmed = with(TicketStep.CLOSED, assignment, null, answer, closed)
                .logged("CLOSED", now, by, comment);
        return new Result(confirmed, List.of(closedEvent(closed)));
    }

    /** The reporter says it is not solved: back to the department, with the full limit again from today. */
    public Result reopen(String reason, String by, LocalDate today, Instant now, WorkingDayCalendar calendar) {
        TicketRules.requireStep(this, "reopened", TicketStep.ANSWERED);
        WorkingDayClock restarted = clock.restartedOn(today, "reopened by the reporter", calendar);
        Ticket reopened = new Ticket(ticketId, projectId, projectName, category, severity, title, description,
                attachments, source, origin, reporter, reportedOn, TicketStep.IN_PROGRESS, assignment, restarted,
                null, null, null, reopenCount + 1, escalationLevel, escalations, supervisedOn, activities)
                .logged("REOPENED", now, by, reason);
        return new Result(reopened, List.of(new TicketReopened(ticketId, projectId, department(), reason, today,
                restarted.dueDate())));
    }

    /**
     * What the passing of time does by the end of {@code today}: an unsolved ticket past its due date reaches each
     * escalation level due and not yet reached (the last one lists it for supervision); an answered ticket left
     * unconfirmed beyond the confirmation window is closed as unconfirmed.
     *
     * @param responsibleLeader  the project's responsible leader, told at level 2 (null when none is named yet: the
     *                           key-project centre, which names one, is told instead)
     */
    public Result passTime(LocalDate today, Instant now, WorkingDayCalendar calendar, ConfirmationWindow window,
            String responsibleLeader) {
        if (step.awaitsSolution()) {
            return escalate(today, now, calendar, responsibleLeader);
        }
        if (step == TicketStep.ANSWERED && window.expiredOn(answer.answeredOn(), today, calendar)) {
            Closure unconfirmed = new Closure(false, null, null, today, Reporter.SYSTEM.userId());
            Ticket closed = with(TicketStep.CLOSED, assignment, null, answer, unconfirmed).logged("CLOSED", now,
                    Reporter.SYSTEM.userId(), "not confirmed within " + window.workingDays() + " working days");
            return new Result(closed, List.of(closedEvent(unconfirmed)));
        }
        return unchanged();
    }

    private Result escalate(LocalDate today, Instant now, WorkingDayCalendar calendar, String responsibleLeader) {
        int overdue = clock.workingDaysOverdueOn(today, calendar);
        int due = TicketEscalation.levelDue(overdue);
        if (due <= escalationLevel) {
            return unchanged();
        }
        List<TicketEvent> events = new ArrayList<>();
        List<ReachedEscalation> reached = new ArrayList<>(escalations);
        List<TicketActivity> log = new ArrayList<>(activities);
        LocalDate supervised = supervisedOn;
        for (int level = escalationLevel + 1; level <= due; level++) {
            TicketEscalation escalation = TicketEscalation.ofLevel(level);
            String notified = switch (escalation) {
                case DEPARTMENT_HEAD -> department() != null ? department() : KEY_PROJECT_CENTRE;
                case RESPONSIBLE_LEADER -> responsibleLeader != null ? responsibleLeader : KEY_PROJECT_CENTRE;
                case CITY -> CITY;
            };
            reached.add(new ReachedEscalation(level, escalation, notified, today, overdue));
            log.add(new TicketActivity("ESCALATED", now, Reporter.SYSTEM.userId(), escalation + " " + notified));
            events.add(new TicketEscalated(ticketId, projectId, projectName, category, department(), level, escalation,
                    notified, clock.dueDate(), overdue, today));
            if (escalation.supervises() && supervised == null) {
                supervised = today;
                log.add(new TicketActivity("SUPERVISED", now, Reporter.SYSTEM.userId(), "overdue " + overdue
                        + " working days"));
                events.add(new TicketSupervised(ticketId, projectId, projectName, category, department(),
                        "OVERDUE", today));
            }
        }
        Ticket escalated = new Ticket(ticketId, projectId, projectName, category, severity, title, description,
                attachments, source, origin, reporter, reportedOn, step, assignment, clock, pendingQuestion, answer,
                closure, reopenCount, due, reached, supervised, log);
        return new Result(escalated, events);
    }

    /** Working days past the due date by the end of {@code today}: 0 once answered, or while the clock stands. */
    public int workingDaysOverdueOn(LocalDate today, WorkingDayCalendar calendar) {
        return step.awaitsSolution() ? clock.workingDaysOverdueOn(today, calendar) : 0;
    }

    private TicketClosed closedEvent(Closure closed) {
        return new TicketClosed(ticketId, projectId, category, department(), closed.confirmed(),
                closed.satisfaction(), answer.onTime(), closed.closedOn(), supervised());
    }

    private Result unchanged() {
        return new Result(this, List.of());
    }

    private Ticket with(TicketStep nextStep, Assignment nextAssignment, String question, Answer nextAnswer,
            Closure nextClosure) {
        return new Ticket(ticketId, projectId, projectName, category, severity, title, description, attachments,
                source, origin, reporter, reportedOn, nextStep, nextAssignment, clock, question, nextAnswer,
                nextClosure, reopenCount, escalationLevel, escalations, supervisedOn, activities);
    }

    private Ticket logged(String action, Instant at, String by, String note) {
        List<TicketActivity> log = new ArrayList<>(activities);
        log.add(new TicketActivity(action, at, by, note));
        return new Ticket(ticketId, projectId, projectName, category, severity, title, description, attachments,
                source, origin, reporter, reportedOn, step, assignment, clock, pendingQuestion, answer, closure,
                reopenCount, escalationLevel, escalations, supervisedOn, log);
    }
}

package city.keyprojects.issue.tickets.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.issue.tickets.domain.Answer;
import city.keyprojects.issue.tickets.domain.ApprovalOrigin;
import city.keyprojects.issue.tickets.domain.Assignment;
import city.keyprojects.issue.tickets.domain.Attachment;
import city.keyprojects.issue.tickets.domain.Closure;
import city.keyprojects.issue.tickets.domain.ReachedEscalation;
import city.keyprojects.issue.tickets.domain.Severity;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.issue.tickets.domain.TicketActivity;
import city.keyprojects.issue.tickets.domain.TicketCategory;
import city.keyprojects.issue.tickets.domain.TicketSource;
import city.keyprojects.issue.tickets.domain.TicketStep;
import city.keyprojects.platform.calendar.DueDateChange;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.calendar.WorkingDayClock;
import city.keyprojects.platform.outbox.Stored;

/** A ticket as its readers see it, with its clock worked out as of today. */
record TicketView(String ticketId, long version, String projectId, String projectName, TicketCategory category,
        Severity severity, String title, String description, List<Attachment> attachments, TicketSource source,
        ApprovalOrigin origin, ReporterView reporter, LocalDate reportedOn, TicketStep step, Assignment assignment,
        ClockView clock, String pendingQuestion, Answer answer, Closure closure, int reopenCount,
        int escalationLevel, List<ReachedEscalation> escalations, boolean supervised, LocalDate supervisedOn,
        List<TicketActivity> activities) {

    record ReporterView(String userId, String role) {
    }

    /**
     * @param workingDaysUsed       by today, or until the answer once answered
     * @param remainingWorkingDays  of the limit as of today (0 once answered); negative once overdue
     * @param changes               every move of the due date and why
     */
    record ClockView(LocalDate startedOn, int limitWorkingDays, LocalDate dueDate, boolean paused,
            int workingDaysUsed, int remainingWorkingDays, int workingDaysOverdue, int pausedWorkingDays,
            List<DueDateChange> changes) {
    }

    static TicketView of(Stored<Ticket> stored, LocalDate today, WorkingDayCalendar calendar) {
        Ticket ticket = stored.state();
        WorkingDayClock clock = ticket.clock();
        boolean running = ticket.step().awaitsSolution();
        ClockView clockView = new ClockView(clock.startedOn(), clock.limitWorkingDays(), clock.dueDate(),
                clock.paused(), running || ticket.answer() == null ? clock.elapsedOn(today, calendar)
                        : ticket.answer().workingDaysTaken(),
                running ? clock.remainingOn(today, calendar) : 0, ticket.workingDaysOverdueOn(today, calendar),
                clock.pausedWorkingDaysOn(today, calendar), clock.changes());
        return new TicketView(ticket.ticketId(), stored.version(), ticket.projectId(), ticket.projectName(),
                ticket.category(), ticket.severity(), ticket.title(), ticket.description(), ticket.attachments(),
                ticket.source(), ticket.origin(), new ReporterView(ticket.reporter().userId(),
                        ticket.reporter().role()), ticket.reportedOn(), ticket.step(), ticket.assignment(), clockView,
                ticket.pendingQuestion(), ticket.answer(), ticket.closure(), ticket.reopenCount(),
                ticket.escalationLevel(), ticket.escalations(), ticket.supervised(), ticket.supervisedOn(),
                ticket.activities());
    }
}

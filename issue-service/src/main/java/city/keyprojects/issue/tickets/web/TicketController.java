package city.keyprojects.issue.tickets.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.issue.tickets.application.FindingTickets;
import city.keyprojects.issue.tickets.application.HandlingTickets;
import city.keyprojects.issue.tickets.application.ReportingProblem;
import city.keyprojects.issue.tickets.application.RespondingAsReporter;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.HistoryEntry;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/** A ticket's five steps (五步工作法): report, assign, handle, answer, confirm or reopen; rules in the access table. */
@RestController
@RequestMapping("/api/issues/tickets")
class TicketController {

    private final ReportingProblem reporting;
    private final HandlingTickets handling;
    private final RespondingAsReporter responding;
    private final FindingTickets finding;
    private final WorkingDayCalendar calendar;

    TicketController(ReportingProblem reporting, HandlingTickets handling, RespondingAsReporter responding,
            FindingTickets finding, WorkingDayCalendar calendar) {
        this.reporting = reporting;
        this.handling = handling;
        this.responding = responding;
        this.finding = finding;
        this.calendar = calendar;
    }

    @PostMapping
    Mono<ResponseEntity<TicketView>> report(@Valid @RequestBody ReportProblemRequest request, CurrentUser user) {
        return reporting.report(request.projectId().strip(), request.toReport(), user)
                .map(stored -> ResponseEntity.created(URI.create("/api/issues/tickets/" + stored.id()))
                        .body(view(stored)));
    }

    @GetMapping("/{ticketId}")
    Mono<TicketView> byId(@PathVariable String ticketId, CurrentUser user) {
        return finding.byId(ticketId, user).map(this::view);
    }

    /** Who did what on the ticket, when, in which role and request. */
    @GetMapping("/{ticketId}/history")
    Mono<List<HistoryEntry>> history(@PathVariable String ticketId, CurrentUser user) {
        return finding.history(ticketId, user).map(HistoryEntry::of).collectList();
    }

    @PostMapping("/{ticketId}/assignment")
    Mono<TicketView> assign(@PathVariable String ticketId, @Valid @RequestBody TicketCommandRequests.Assign request,
            CurrentUser user) {
        return handling.assign(ticketId, request.version(), request.department(), request.handler().strip(), user)
                .map(this::view);
    }

    @PostMapping("/{ticketId}/handling")
    Mono<TicketView> startHandling(@PathVariable String ticketId,
            @Valid @RequestBody TicketCommandRequests.StartHandling request, CurrentUser user) {
        return handling.startHandling(ticketId, request.version(), user).map(this::view);
    }

    @PostMapping("/{ticketId}/information-requests")
    Mono<TicketView> requestInformation(@PathVariable String ticketId,
            @Valid @RequestBody TicketCommandRequests.RequestInformation request, CurrentUser user) {
        return handling.requestInformation(ticketId, request.version(), request.question().strip(), user)
                .map(this::view);
    }

    @PostMapping("/{ticketId}/information")
    Mono<TicketView> provideInformation(@PathVariable String ticketId,
            @Valid @RequestBody TicketCommandRequests.ProvideInformation request, CurrentUser user) {
        return responding.provideInformation(ticketId, request.version(), request.information().strip(), user)
                .map(this::view);
    }

    @PostMapping("/{ticketId}/answer")
    Mono<TicketView> answer(@PathVariable String ticketId, @Valid @RequestBody TicketCommandRequests.Answer request,
            CurrentUser user) {
        return handling.answer(ticketId, request.version(), request.answer().strip(), user).map(this::view);
    }

    @PostMapping("/{ticketId}/confirmation")
    Mono<TicketView> confirm(@PathVariable String ticketId, @Valid @RequestBody TicketCommandRequests.Confirm request,
            CurrentUser user) {
        return responding.confirm(ticketId, request.version(), request.satisfaction(),
                request.comment() == null ? null : request.comment().strip(), user).map(this::view);
    }

    @PostMapping("/{ticketId}/reopening")
    Mono<TicketView> reopen(@PathVariable String ticketId, @Valid @RequestBody TicketCommandRequests.Reopen request,
            CurrentUser user) {
        return responding.reopen(ticketId, request.version(), request.reason().strip(), user).map(this::view);
    }

    private TicketView view(Stored<Ticket> stored) {
        return TicketView.of(stored, finding.today(), calendar);
    }
}

package city.keyprojects.issue.tickets.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import city.keyprojects.platform.calendar.WorkingDayCalendar;

/**
 * A ticket's story told day by day on the official calendar: each step applies one command at a given date and
 * keeps the events that step caused, so that a test reads like the story it checks.
 */
final class TicketStory {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    static final String PROJECT = "2025-371400-48-01-000123";
    static final String PROJECT_NAME = "德州市新材料产业园";
    static final String DEPARTMENT = "zrj";
    static final String OTHER_DEPARTMENT = "zjj";
    static final String HANDLER = "officer-zrj-1";
    static final String CENTRE_USER = "centre-1";
    static final String LEADER = "王副市长";
    static final Reporter ENTERPRISE = new Reporter("ent-user-1", "ENTERPRISE", "91371400MA3C000001");
    /** Long enough that no answered ticket in an escalation story is closed for want of confirmation. */
    static final ConfirmationWindow LONG_WINDOW = new ConfirmationWindow(60);

    private static int sequence;

    private Ticket ticket;
    private List<TicketEvent> events;

    private TicketStory(Ticket.Result result) {
        apply(result);
    }

    static TicketStory reported(TicketCategory category, Severity severity, LocalDate on) {
        ProblemReport report = new ProblemReport(category, severity, category + " problem", "what holds us up",
                List.of(new Attachment("photo.jpg", "https://files.example/photo.jpg")));
        return new TicketStory(Ticket.report("t-" + ++sequence, PROJECT, PROJECT_NAME, report, ENTERPRISE, on,
                at(on), CALENDAR));
    }

    /** Reported, handed to {@link #DEPARTMENT} and its {@link #HANDLER}, and started on, all on the same day. */
    static TicketStory inProgress(TicketCategory category, Severity severity, LocalDate on) {
        return reported(category, severity, on).assigned(DEPARTMENT, HANDLER, on).started(on);
    }

    static TicketStory of(Ticket.Result result) {
        return new TicketStory(result);
    }

    static Instant at(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }

    TicketStory assigned(String department, String handler, LocalDate on) {
        return apply(ticket.assign(department, handler, CENTRE_USER, on, at(on)));
    }

    TicketStory started(LocalDate on) {
        return startedBy(HANDLER, on);
    }

    TicketStory startedBy(String officer, LocalDate on) {
        return apply(ticket.startHandling(officer, on, at(on)));
    }

    TicketStory asked(String question, LocalDate on) {
        return apply(ticket.requestInformation(question, HANDLER, on, at(on)));
    }

    TicketStory provided(LocalDate on) {
        return apply(ticket.provideInformation("here it is", ENTERPRISE.userId(), on, at(on), CALENDAR));
    }

    TicketStory answered(LocalDate on) {
        return apply(ticket.answer("done: the road is open", HANDLER, on, at(on), CALENDAR));
    }

    TicketStory confirmed(int satisfaction, LocalDate on) {
        return apply(ticket.confirm(satisfaction, "thank you", ENTERPRISE.userId(), on, at(on)));
    }

    TicketStory reopened(String reason, LocalDate on) {
        return apply(ticket.reopen(reason, ENTERPRISE.userId(), on, at(on), CALENDAR));
    }

    /** The clock watcher's run at the end of {@code on}, with a long confirmation window. */
    TicketStory timePassed(LocalDate on) {
        return timePassed(on, LONG_WINDOW);
    }

    TicketStory timePassed(LocalDate on, ConfirmationWindow window) {
        return apply(ticket.passTime(on, at(on), CALENDAR, window, LEADER));
    }

    Ticket ticket() {
        return ticket;
    }

    /** The events the last step caused. */
    List<TicketEvent> events() {
        return events;
    }

    /** The only event the last step caused, of the type expected. */
    <E extends TicketEvent> E onlyEvent(Class<E> type) {
        assertThat(events).hasSize(1).first().isInstanceOf(type);
        return type.cast(events.get(0));
    }

    private TicketStory apply(Ticket.Result result) {
        ticket = result.ticket();
        events = result.events();
        return this;
    }
}

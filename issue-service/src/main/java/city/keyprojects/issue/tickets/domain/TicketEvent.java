package city.keyprojects.issue.tickets.domain;

import city.keyprojects.platform.events.PublishedEvent;

/**
 * What happened to a problem ticket. Every event names the ticket and its project, and those that count in
 * statistics the category and handling department, so that reporting rebuilds its figures from the events alone.
 * Keyed by the project; the actor is in the envelope.
 */
public sealed interface TicketEvent extends PublishedEvent permits TicketReported, TicketAssigned,
        TicketHandlingStarted, TicketInformationRequested, TicketInformationProvided, TicketAnswered, TicketClosed,
        TicketReopened, TicketEscalated, TicketSupervised {

    String ticketId();

    String projectId();

    @Override
    default String subject() {
        return projectId();
    }
}

package city.keyprojects.issue.tickets.domain;

import java.util.List;

/** What the reporter says about a problem (收集). */
public record ProblemReport(TicketCategory category, Severity severity, String title, String description,
        List<Attachment> attachments) {

    public ProblemReport {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}

package city.keyprojects.issue.tickets.domain;

/** Where a ticket came from. */
public enum TicketSource {
    /** Reported by an enterprise, a project officer or the key-project centre. */
    REPORTED,
    /** Opened by the platform for an approval item past its limit. */
    APPROVAL_OVERDUE
}

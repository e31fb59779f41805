package city.keyprojects.issue.tickets.domain;

/** How badly a problem holds the project up. */
public enum Severity {
    /** 一般: slows the work down. */
    GENERAL,
    /** 较重: holds up a milestone. */
    SERIOUS,
    /** 紧急: stops the site or a deadline this week. */
    URGENT
}

package city.keyprojects.project.investment.domain;

/** Where a month's report stands (see {@link ReportingDeadline}). */
public enum MonthStatus {
    /** First submitted by the due date. */
    ON_TIME,
    /** First submitted after the due date. */
    LATE,
    /** Not submitted, and the due date has passed. */
    MISSING,
    /** Not submitted yet, and still due. */
    NOT_YET_DUE,
    /** The month has not begun; nothing may be reported for it. */
    NOT_BEGUN
}

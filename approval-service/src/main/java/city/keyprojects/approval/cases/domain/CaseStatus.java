package city.keyprojects.approval.cases.domain;

public enum CaseStatus {
    /** Items are being worked on. */
    OPEN,
    /** Every item approved: the stage is complete. */
    COMPLETED,
    /** Every item decided, at least one rejected or revoked: the stage may be opened again. */
    REJECTED
}

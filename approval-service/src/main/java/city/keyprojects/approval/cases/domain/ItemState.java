package city.keyprojects.approval.cases.domain;

/** Where an approval item stands in its department. */
public enum ItemState {

    /** In the department's queue, not yet accepted (待受理). */
    SUBMITTED,
    /** Accepted (受理) and under review. */
    ACCEPTED,
    /** Accepted with deficiencies (容缺受理): review goes on while the applicant owes the missing materials. */
    ACCEPTED_WITH_DEFICIENCIES,
    /** The missing materials did not come by the cure deadline: the clock stops until they do. */
    SUSPENDED,
    /** Returned for correction (补正): the clock stops until the applicant resubmits. */
    RETURNED_FOR_CORRECTION,
    /** Suspended too long: returned (退件); a resubmission starts the item again with its full limit. */
    RETURNED,
    APPROVED,
    /** Approved at once on the applicant's written commitment (告知承诺制), to be verified afterwards. */
    APPROVED_ON_COMMITMENT,
    REJECTED,
    /** Approved on commitment, then the verification failed: the approval is revoked. */
    REVOKED;

    /** A decided item: nothing more is decided on it (a commitment may still be verified). */
    public boolean isFinal() {
        return this == APPROVED || this == APPROVED_ON_COMMITMENT || this == REJECTED || this == REVOKED;
    }

    public boolean isApproved() {
        return this == APPROVED || this == APPROVED_ON_COMMITMENT;
    }

    /** The applicant owes something: the item's clock does not run. */
    public boolean applicantOwes() {
        return this == SUSPENDED || this == RETURNED_FOR_CORRECTION || this == RETURNED;
    }
}

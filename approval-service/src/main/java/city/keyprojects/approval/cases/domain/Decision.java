package city.keyprojects.approval.cases.domain;

/** What a department officer decides on an approval item. */
public enum Decision {

    /** 受理. */
    ACCEPT,
    /** 容缺受理: accepted, with the missing materials and a cure deadline. */
    ACCEPT_WITH_DEFICIENCIES,
    /** 补正: back to the applicant for correction; the clock stops. */
    RETURN_FOR_CORRECTION,
    APPROVE,
    /** 告知承诺制: approved at once, with a verification obligation and its deadline. */
    APPROVE_ON_COMMITMENT,
    /** Rejected, with reasons. */
    REJECT
}

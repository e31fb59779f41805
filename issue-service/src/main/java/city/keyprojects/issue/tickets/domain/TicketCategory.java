package city.keyprojects.issue.tickets.domain;

/** What a problem is about (问题类别); the category and the severity set the time limit to answer it. */
public enum TicketCategory {
    /** 土地: land supply, clearing and hand-over (清表交地). */
    LAND,
    /** 拆迁: demolition and relocation. */
    DEMOLITION,
    /** 道路进场: road access to the site. */
    ROAD_ACCESS,
    /** 水电气: water, power, gas and telecoms connections (用水用电). */
    UTILITIES,
    /** 审批: an approval stuck in a department. */
    APPROVAL,
    /** 融资: financing. */
    FINANCING,
    /** 用工: labour. */
    LABOUR,
    /** 惠企政策咨询: a policy question, answered within 2 working days. */
    POLICY_QUESTION,
    /** 其他. */
    OTHER
}

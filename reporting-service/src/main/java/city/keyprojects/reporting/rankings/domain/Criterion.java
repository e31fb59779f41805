package city.keyprojects.reporting.rankings.domain;

/** What a score is made of (晒进度、晒成效). */
public enum Criterion {
    /** Investment completed against the plan to date (投资完成率). */
    INVESTMENT,
    /** Key milestones reached on time (节点按期率). */
    MILESTONES,
    /** Approval items decided within their limit (审批按时办结率). */
    APPROVALS,
    /** Problem tickets solved, less those overdue (问题解决率). */
    PROBLEMS
}

package city.keyprojects.issue.tickets.domain;

/** The five steps of the closed loop (五步工作法), in order. */
public enum TicketStep {
    /** 收集: reported, waiting for the key-project centre to hand it to a department. */
    REPORTED,
    /** 交办: handed to a department and a handler, with a due date. */
    ASSIGNED,
    /** 办理: the department is working on it. */
    IN_PROGRESS,
    /** 反馈: the department said what it did; the reporter confirms or reopens. */
    ANSWERED,
    /** 销号: closed, confirmed by the reporter or left unconfirmed too long. */
    CLOSED;

    /** Still the department's to solve: the steps in which the clock runs and an overdue ticket escalates. */
    public boolean awaitsSolution() {
        return this == REPORTED || this == ASSIGNED || this == IN_PROGRESS;
    }
}

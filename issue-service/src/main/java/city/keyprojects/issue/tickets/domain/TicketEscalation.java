package city.keyprojects.issue.tickets.domain;

/**
 * Who is told when a ticket passes its due date without an answer (超时督办): the handling department's head at
 * once, the project's responsible leader after 3 working days, the city after 5 — and at that last level the ticket
 * joins the supervision list (挂牌督办). Each level is reached once per ticket; a reopened ticket keeps the level it
 * had reached and goes on from there.
 */
public enum TicketEscalation {

    DEPARTMENT_HEAD(1),
    RESPONSIBLE_LEADER(3),
    CITY(5);

    private final int workingDaysOverdue;

    TicketEscalation(int workingDaysOverdue) {
        this.workingDaysOverdue = workingDaysOverdue;
    }

    /** 1, 2, 3. */
    public int level() {
        return ordinal() + 1;
    }

    public int workingDaysOverdue() {
        return workingDaysOverdue;
    }

    /** Whether reaching this level puts the ticket on the supervision list. */
    public boolean supervises() {
        return this == CITY;
    }

    /** The highest level due with {@code workingDaysOverdue} working days past the due date: 0 for none. */
    public static int levelDue(int workingDaysOverdue) {
        int due = 0;
        for (TicketEscalation escalation : values()) {
            if (workingDaysOverdue >= escalation.workingDaysOverdue) {
                due = escalation.level();
            }
        }
        return due;
    }

    public static TicketEscalation ofLevel(int level) {
        return values()[level - 1];
    }
}

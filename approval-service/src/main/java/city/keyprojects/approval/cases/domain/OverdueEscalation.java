package city.keyprojects.approval.cases.domain;

/**
 * Who is told when an item passes its limit (超时督办): its department's head at once, the responsible city leader
 * after 3 working days, the city (the key-project centre's supervision list) after 5. Each level is reported once.
 */
public enum OverdueEscalation {

    DEPARTMENT_HEAD(1, 1),
    RESPONSIBLE_LEADER(2, 3),
    CITY(3, 5);

    private final int level;
    private final int workingDaysOverdue;

    OverdueEscalation(int level, int workingDaysOverdue) {
        this.level = level;
        this.workingDaysOverdue = workingDaysOverdue;
    }

    public int level() {
        return level;
    }

    /** Working days past the due date from which this level is told. */
    public int workingDaysOverdue() {
        return workingDaysOverdue;
    }

    /** The highest level reached with {@code workingDaysOverdue} working days past the due date: 0 for none. */
    public static int levelReached(int workingDaysOverdue) {
        int reached = 0;
        for (OverdueEscalation escalation : values()) {
            if (workingDaysOverdue >= escalation.workingDaysOverdue) {
                reached = escalation.level;
            }
        }
        return reached;
    }

    public static OverdueEscalation ofLevel(int level) {
        return values()[level - 1];
    }
}

package city.keyprojects.issue.tickets.domain;

/**
 * Who reported a problem: the user, in which role, and for an enterprise its credit code (any account of that
 * enterprise speaks for it). The system reports the overdue approvals it learns of.
 */
public record Reporter(String userId, String role, String creditCode) {

    public static final Reporter SYSTEM = new Reporter("system", "SYSTEM", null);

    public boolean isSystem() {
        return SYSTEM.userId().equals(userId) && SYSTEM.role().equals(role);
    }
}

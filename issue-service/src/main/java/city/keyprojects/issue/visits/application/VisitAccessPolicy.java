package city.keyprojects.issue.visits.application;

import city.keyprojects.issue.visits.domain.VisitReport;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;

/**
 * Whose visits a user may log, on top of the access table (which only lets the centre, leaders and department
 * officers log at all). Here rather than in the domain because the refusal is a 403 of the platform's security.
 */
public final class VisitAccessPolicy {

    private VisitAccessPolicy() {
    }

    /**
     * The report as {@code user} may log it. The key-project centre, which organises promotion meetings, logs for
     * any leader and department. A city leader logs the visits they led themselves (the leader defaults to them);
     * a department officer those of their own department (which it defaults to), naming the leader who came along
     * if one did.
     *
     * @throws ForbiddenException when the user names another leader or department than their own
     */
    public static VisitReport asLoggedBy(CurrentUser user, VisitReport report) {
        if (user.has(Role.CITY_ADMIN)) {
            return report;
        }
        if (user.has(Role.LEADER)) {
            if (report.leader() != null && !report.leader().equals(user.id())) {
                throw new ForbiddenException("A city leader logs the visits they led themselves; the key-project"
                        + " centre logs them for other leaders.");
            }
            return report.ledBy(user.id(), report.department());
        }
        if (user.has(Role.DEPT_OFFICER) && user.department() != null) {
            if (report.department() != null && !user.actsForDepartment(report.department())) {
                throw new ForbiddenException("A department officer logs the visits of their own department only.");
            }
            return report.ledBy(report.leader(), user.department());
        }
        throw new ForbiddenException("Only the key-project centre, city leaders and department officers log visits.");
    }
}

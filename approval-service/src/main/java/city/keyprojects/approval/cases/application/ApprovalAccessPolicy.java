package city.keyprojects.approval.cases.application;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalItem;
import city.keyprojects.approval.projects.application.KnownProject;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;

/**
 * Who may do what with which case, on top of the service's access table (which only says whether a role may call
 * an endpoint at all).
 */
public final class ApprovalAccessPolicy {

    private ApprovalAccessPolicy() {
    }

    /** The applicant enterprise itself, or the project's officer acting for it (代办). */
    public static boolean actsForApplicant(CurrentUser user, KnownProject project) {
        return isOwner(user, project) || isOfficer(user, project);
    }

    /** Whether the user acts as the enterprise's agent rather than as the enterprise. */
    public static boolean isAgent(CurrentUser user, KnownProject project) {
        return !isOwner(user, project) && isOfficer(user, project);
    }

    /** Only an officer of the item's own department decides it. */
    public static boolean mayDecide(CurrentUser user, ApprovalItem item) {
        return user.actsForDepartment(item.department());
    }

    /** A department sees the cases it has an item in. */
    public static boolean hasItemIn(CurrentUser user, ApprovalCase approvalCase) {
        return approvalCase.items().stream().anyMatch(item -> user.actsForDepartment(item.department()));
    }

    /**
     * A case: the centre and city leaders, the departments with an item in it, the project's officer and the
     * applicant enterprise.
     */
    public static boolean mayRead(CurrentUser user, ApprovalCase approvalCase, KnownProject project) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || hasItemIn(user, approvalCase)
                || isOfficer(user, project) || isOwner(user, project);
    }

    /** A project's approval progress: the centre, city leaders, any department, its officer and its owner. */
    public static boolean mayReadProgress(CurrentUser user, KnownProject project) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER, Role.DEPT_OFFICER) || isOfficer(user, project)
                || isOwner(user, project);
    }

    /** The joint inspection is arranged by the centre or by a department taking part. */
    public static boolean mayScheduleJointInspection(CurrentUser user, ApprovalCase approvalCase) {
        return user.has(Role.CITY_ADMIN) || hasItemIn(user, approvalCase);
    }

    /** A department's queue and statistics: its own officers, the centre and city leaders. */
    public static boolean mayReadDepartment(CurrentUser user, String department) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || user.actsForDepartment(department);
    }

    private static boolean isOfficer(CurrentUser user, KnownProject project) {
        return user.has(Role.PROJECT_OFFICER) && project.officer() != null && user.id().equals(project.officer());
    }

    private static boolean isOwner(CurrentUser user, KnownProject project) {
        return project.ownerCreditCode() != null && user.isEnterprise(project.ownerCreditCode());
    }
}

package city.keyprojects.project.registry.application;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import city.keyprojects.project.registry.domain.Project;

/**
 * Who may see and change what of one project, on top of the service's access table (which only says whether a
 * role may call an endpoint at all).
 */
public final class ProjectAccessPolicy {

    private ProjectAccessPolicy() {
    }

    /**
     * Internal fields (credit code, project code, responsibility, version) are for government staff and for the
     * owner enterprise; the public and other enterprises see the public fields only.
     */
    public static boolean seesInternalFields(CurrentUser user, Project project) {
        return isStaff(user) || isOwner(user, project);
    }

    /** The key-project centre maintains every project; a project officer only those assigned to them. */
    public static boolean mayMaintain(CurrentUser user, Project project) {
        return user.has(Role.CITY_ADMIN) || isOfficer(user, project);
    }

    /** The audit trail: the centre, city leaders, and the project's own officer. */
    public static boolean mayReadHistory(CurrentUser user, Project project) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || isOfficer(user, project);
    }

    /** Who answers for which project is internal: only staff may search by it. */
    public static boolean mayFilterByResponsibility(CurrentUser user) {
        return isStaff(user);
    }

    /** Government staff see every project's internal fields, hidden public ones included. */
    public static boolean isStaff(CurrentUser user) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER, Role.DEPT_OFFICER, Role.PROJECT_OFFICER);
    }

    /** A fast-track override (拿地即开工) is the key-project centre's decision. */
    public static boolean mayFastTrack(CurrentUser user) {
        return user.has(Role.CITY_ADMIN);
    }

    static void requireMayFastTrack(CurrentUser user) {
        if (!mayFastTrack(user)) {
            throw new ForbiddenException("Only the key-project centre may fast-track a project into construction.");
        }
    }

    static void requireMayMaintain(CurrentUser user, Project project) {
        if (!mayMaintain(user, project)) {
            throw new ForbiddenException("Only the key-project centre and the project's own officer may change it.");
        }
    }

    static void requireMayReadHistory(CurrentUser user, Project project) {
        if (!mayReadHistory(user, project)) {
            throw new ForbiddenException(
                    "A project's history is for the key-project centre, city leaders and the project's officer.");
        }
    }

    private static boolean isOfficer(CurrentUser user, Project project) {
        return user.has(Role.PROJECT_OFFICER) && user.id().equals(project.officer());
    }

    private static boolean isOwner(CurrentUser user, Project project) {
        return project.ownerCreditCode() != null && user.isEnterprise(project.ownerCreditCode().value());
    }
}

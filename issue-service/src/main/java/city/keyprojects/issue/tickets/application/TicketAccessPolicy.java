package city.keyprojects.issue.tickets.application;

import city.keyprojects.issue.projects.application.KnownProject;
import city.keyprojects.issue.tickets.domain.Reporter;
import city.keyprojects.issue.tickets.domain.Ticket;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;

/**
 * Who may do what with which ticket, on top of the service's access table (which only says whether a role may call
 * an endpoint at all).
 */
public final class TicketAccessPolicy {

    private TicketAccessPolicy() {
    }

    /** Problems on a project are reported by its owner enterprise, its project officer, or the key-project centre. */
    public static boolean mayReport(CurrentUser user, KnownProject project) {
        return user.has(Role.CITY_ADMIN) || isOwner(user, project) || isOfficer(user, project);
    }

    /** The reporter's side: the reporting user (any account of a reporting enterprise); for an automatic ticket the project's owner and officer. */
    public static boolean speaksForReporter(CurrentUser user, Ticket ticket, KnownProject project) {
        Reporter reporter = ticket.reporter();
        if (reporter.isSystem()) {
            return isOwner(user, project) || isOfficer(user, project);
        }
        if (reporter.creditCode() != null) {
            return user.isEnterprise(reporter.creditCode());
        }
        return user.id().equals(reporter.userId()) && user.has(Role.valueOf(reporter.role()));
    }

    /** Only an officer of the department the ticket was handed to works on it. */
    public static boolean handles(CurrentUser user, Ticket ticket) {
        return ticket.department() != null && user.actsForDepartment(ticket.department());
    }

    /**
     * A ticket: the centre and city leaders, the department handling it, the project's officer, the project's owner
     * enterprise, and its reporter.
     */
    public static boolean mayRead(CurrentUser user, Ticket ticket, KnownProject project) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || handles(user, ticket) || isOfficer(user, project)
                || isOwner(user, project) || speaksForReporter(user, ticket, project);
    }

    /** A department's tickets and statistics: its own officers, the centre and city leaders. */
    public static boolean mayReadDepartment(CurrentUser user, String department) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || user.actsForDepartment(department);
    }

    /** A project's tickets and statistics: the centre, city leaders, its officer and its owner. */
    public static boolean mayReadProject(CurrentUser user, KnownProject project) {
        return user.hasAny(Role.CITY_ADMIN, Role.LEADER) || isOfficer(user, project) || isOwner(user, project);
    }

    static boolean isOfficer(CurrentUser user, KnownProject project) {
        return user.has(Role.PROJECT_OFFICER) && project.officer() != null && user.id().equals(project.officer());
    }

    static boolean isOwner(CurrentUser user, KnownProject project) {
        return project.ownerCreditCode() != null && user.isEnterprise(project.ownerCreditCode());
    }
}

package city.keyprojects.platform.security;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import city.keyprojects.platform.events.Actor;

/**
 * Who is making the request, as the verified access token says: a controller takes it as a parameter. Anonymous
 * visitors get {@link #ANONYMOUS}.
 *
 * @param id          the token's subject: the user name
 * @param name        a display name
 * @param roles       the platform roles the token grants
 * @param department  for a department officer, the code of their department
 * @param creditCode  for an enterprise, its unified social credit code
 */
public record CurrentUser(String id, String name, Set<Role> roles, String department, String creditCode) {

    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", "anonymous", Set.of(), null, null);

    public CurrentUser {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isAnonymous() {
        return roles.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** The most powerful role held (in {@link Role}'s order): the one recorded when the user changes something. */
    public Role primaryRole() {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return role;
            }
        }
        throw new IllegalStateException("An anonymous visitor has no role");
    }

    /** The user as recorded in events and audit trails. */
    public Actor actor() {
        return new Actor(id, primaryRole().name());
    }

    /** Whether this user is an officer of the given department. */
    public boolean actsForDepartment(String departmentCode) {
        return has(Role.DEPT_OFFICER) && department != null && department.equals(departmentCode);
    }

    /** Whether this user is the enterprise with the given credit code. */
    public boolean isEnterprise(String enterpriseCreditCode) {
        return has(Role.ENTERPRISE) && creditCode != null && creditCode.equals(enterpriseCreditCode);
    }
}

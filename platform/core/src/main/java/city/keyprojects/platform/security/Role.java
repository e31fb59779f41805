package city.keyprojects.platform.security;

/**
 * The roles of the platform (docs/security.md). A token carries them in its {@code roles} claim (or the claim
 * named by {@code platform.security.roles-claim}); names a token carries that are not listed here are ignored.
 */
public enum Role {
    /** The key-project centre (重点项目中心): runs the registry and every process. */
    CITY_ADMIN,
    /** City leaders (市领导): read everything, change nothing. */
    LEADER,
    /** An approval department's officer (审批部门): acts only for their own department. */
    DEPT_OFFICER,
    /** A project officer (项目专员): the projects assigned to them; may act for their enterprise in approvals. */
    PROJECT_OFFICER,
    /** An enterprise (业主单位), identified by its unified social credit code: its own projects only. */
    ENTERPRISE;

    public String authority() {
        return "ROLE_" + name();
    }
}

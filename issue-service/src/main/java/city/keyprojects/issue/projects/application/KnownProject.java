package city.keyprojects.issue.projects.application;

/**
 * What issue-service knows of a project, learned from project events: enough to accept problem tickets for it
 * and to route them by district and sector.
 */
public record KnownProject(String projectId, String name, String district, String sector) {
}

package city.keyprojects.approval.projects.application;

/**
 * What approval-service knows of a project, learned from project events: enough to open approval cases for it
 * and to name the applicant (the owner enterprise).
 */
public record KnownProject(String projectId, String name, String applicant, String district) {
}

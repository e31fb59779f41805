package city.keyprojects.approval.projects.application;

/**
 * What approval-service knows of a project, learned from project events: enough to open approval cases for it,
 * to name the applicant (the owner enterprise) and to tell who may act for it.
 *
 * @param ownerCreditCode  the owner enterprise's unified social credit code: that enterprise applies
 * @param officer          the project officer (项目专员) assigned to it, who may apply on its behalf (代办); null
 *                         until one is assigned
 */
public record KnownProject(String projectId, String name, String applicant, String ownerCreditCode,
        String district, String officer) {
}

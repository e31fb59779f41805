package city.keyprojects.issue.projects.application;

/**
 * What issue-service knows of a project, learned from project events: enough to accept problem tickets for it, to
 * tell whose they are and to whom an overdue ticket escalates.
 *
 * @param ownerCreditCode        the owner enterprise's unified social credit code: it reports and confirms
 * @param officer                the project officer (项目专员), who reports for the project; null until assigned
 * @param responsibleLeader      the responsible leader (责任领导), told when a ticket is 3 working days overdue
 * @param responsibleDepartment  the responsible department (责任部门)
 */
public record KnownProject(String projectId, String name, String district, String sector, String ownerCreditCode,
        String officer, String responsibleLeader, String responsibleDepartment) {
}

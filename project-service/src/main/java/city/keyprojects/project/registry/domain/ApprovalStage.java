package city.keyprojects.project.registry.domain;

/**
 * The four stages of the construction-approval process (工程建设项目审批), as the approval service reports them
 * complete in {@code approval.stage-completed}. Two of them gate the project's lifecycle.
 */
public enum ApprovalStage {
    /** 立项用地规划许可 */
    PROJECT_APPROVAL_AND_LAND_USE,
    /** 工程建设许可 */
    ENGINEERING_CONSTRUCTION_PERMIT,
    /** 施工许可: construction may start. */
    CONSTRUCTION_PERMIT,
    /** 竣工验收: the project may be declared completed. */
    COMPLETION_ACCEPTANCE
}

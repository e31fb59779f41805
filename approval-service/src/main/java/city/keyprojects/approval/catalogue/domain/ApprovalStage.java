package city.keyprojects.approval.catalogue.domain;

/**
 * The four stages of construction-project approval, in the order a project passes them. The names are part of
 * the {@code approval.stage-completed} contract that project-service reads.
 */
public enum ApprovalStage {

    PROJECT_APPROVAL_AND_LAND_USE("立项用地规划许可"),
    ENGINEERING_CONSTRUCTION_PERMIT("工程建设许可"),
    CONSTRUCTION_PERMIT("施工许可"),
    COMPLETION_ACCEPTANCE("竣工验收");

    private final String chineseName;

    ApprovalStage(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /**
     * Joint completion acceptance (联合验收): the items of the last stage share one inspection, one clock and one
     * combined opinion instead of each running on its own.
     */
    public boolean isJointAcceptance() {
        return this == COMPLETION_ACCEPTANCE;
    }
}

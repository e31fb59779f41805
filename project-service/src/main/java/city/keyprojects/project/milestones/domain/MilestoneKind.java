package city.keyprojects.project.milestones.domain;

/**
 * The key time nodes (关键时间节点) the city plans and supervises. The four standard kinds follow each other in
 * this order; a custom milestone is any other node the centre wants watched (e.g. 设备进场 equipment on site).
 */
public enum MilestoneKind {
    /** 开工: construction starts. */
    START,
    /** 主体封顶: the main structure is topped out. */
    TOPPING_OUT,
    /** 竣工: construction is completed. */
    COMPLETION,
    /** 投产: production (or operation) begins. */
    PRODUCTION,
    /** Any other node, named by the planner. */
    CUSTOM;

    public boolean isStandard() {
        return this != CUSTOM;
    }
}

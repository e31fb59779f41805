package city.keyprojects.reporting.lights.domain;

import java.util.Set;

/** The service a project gets (seed 004: 分类服务), by how it is doing. */
public enum ServiceTier {
    /** 常规服务 */
    ON_TRACK,
    /** 前期项目精准指导 */
    PRE_STAGE,
    /** 竣工项目定期回访 */
    COMPLETED,
    /** 推进滞后项目专题研究 */
    LAGGING;

    private static final Set<String> DONE = Set.of("COMPLETED", "IN_PRODUCTION");
    private static final Set<String> BEFORE_CONSTRUCTION = Set.of("RESERVE", "PREPARATION");

    /** Lagging (yellow or red) first, whatever the stage; then completed, pre-stage, and on track for the rest. */
    public static ServiceTier of(TrafficLight light, String stage) {
        if (light != TrafficLight.GREEN) {
            return LAGGING;
        }
        if (DONE.contains(stage)) {
            return COMPLETED;
        }
        return BEFORE_CONSTRUCTION.contains(stage) ? PRE_STAGE : ON_TRACK;
    }
}

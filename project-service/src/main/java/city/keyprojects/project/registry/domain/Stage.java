package city.keyprojects.project.registry.domain;

/** 项目类别 by lifecycle: 储备 → 准备类 → 实施类 → 竣工 → 投产, or suspended / cancelled. */
public enum Stage {
    /** 储备 */
    RESERVE,
    /** 准备类 / 前期 */
    PREPARATION,
    /** 实施类 / 在建 */
    UNDER_CONSTRUCTION,
    /** 竣工 */
    COMPLETED,
    /** 投产 */
    IN_PRODUCTION,
    SUSPENDED,
    CANCELLED
}

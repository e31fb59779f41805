package city.keyprojects.project.registry.domain;

/** 项目级别: which government lists the project as key. */
public enum Level {
    /** 省重大 */
    PROVINCIAL_MAJOR,
    /** 省重点 */
    PROVINCIAL_KEY,
    /** 市重点 */
    MUNICIPAL_KEY,
    /** 县区重点 */
    DISTRICT_KEY
}

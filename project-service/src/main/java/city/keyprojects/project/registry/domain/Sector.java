package city.keyprojects.project.registry.domain;

/** 行业类别: the sector a key project belongs to. */
public enum Sector {
    /** 工业 */
    INDUSTRIAL,
    /** 城建 (urban construction and infrastructure) */
    URBAN_CONSTRUCTION,
    /** 民生 (schools, hospitals, housing) */
    LIVELIHOOD,
    OTHER
}

package city.keyprojects.project.registry.domain;

/**
 * A field the public portal shows unless it is hidden for the project (an enterprise may not want its investment
 * or exact site published before land is acquired). The name, district, sector, level and stage of a key project
 * are always public; codes, responsibility and version are never.
 */
public enum PublicField {
    SUMMARY,
    OWNER_NAME,
    INDUSTRY_CHAIN,
    ADDRESS,
    LOCATION,
    TOTAL_INVESTMENT,
    LAND_AREA,
    FLOOR_AREA,
    BUILDINGS,
    PHASES,
    PLANNED_DATES
}

package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Fields of a project were corrected. {@code changed} names the fields that changed; each of those carries its
 * new value, every other field is null.
 */
public record ProjectUpdated(
        String projectId,
        List<String> changed,
        String name,
        String summary,
        String ownerName,
        String projectCode,
        String district,
        Sector sector,
        Level level,
        String industryChain,
        String address,
        GeoPoint location,
        BigDecimal totalInvestment,
        BigDecimal landAreaMu,
        BigDecimal floorAreaSqm,
        Integer buildings,
        List<Phase> phases,
        LocalDate plannedStart,
        LocalDate plannedCompletion,
        List<PublicField> hiddenFields,
        Instant updatedAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.updated";
    }
}

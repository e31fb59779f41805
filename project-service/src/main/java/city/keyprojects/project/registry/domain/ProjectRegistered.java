package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A key project was entered into the registry (in the reserve stage), with everything known of it then.
 * {@code hiddenFields} are those the public portal must not show.
 */
public record ProjectRegistered(
        String projectId,
        String name,
        String summary,
        String ownerName,
        String ownerCreditCode,
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
        Stage stage,
        Instant registeredAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.registered";
    }
}

package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A key project was entered into the registry (in the reserve stage). */
public record ProjectRegistered(
        String projectId,
        String name,
        String ownerName,
        String ownerCreditCode,
        String projectCode,
        String district,
        Sector sector,
        Level level,
        BigDecimal totalInvestment,
        Stage stage,
        Instant registeredAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.registered";
    }
}

package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Descriptive fields of a project were corrected. Each field is the new value, or null where it did not change;
 * {@code changed} names the fields that did.
 */
public record ProjectUpdated(
        String projectId,
        List<String> changed,
        String name,
        String ownerName,
        String district,
        Sector sector,
        Level level,
        BigDecimal totalInvestment,
        Instant updatedAt) implements ProjectEvent {

    @Override
    public String type() {
        return "project.updated";
    }
}

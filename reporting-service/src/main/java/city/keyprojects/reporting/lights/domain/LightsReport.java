package city.keyprojects.reporting.lights.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The lagging projects (推进滞后) of a year as of a day: how many of each light and of each service tier, the red
 * and the yellow ones, and every project's light; each list by project id.
 */
public record LightsReport(int year, LocalDate asOf, LightRules rules, Counts counts, Map<ServiceTier, Long> tiers,
        List<ProjectLight> red, List<ProjectLight> yellow, List<ProjectLight> projects) {

    public LightsReport {
        // In the tiers' order, every tier present, so that the document reads the same every time.
        Map<ServiceTier, Long> ordered = new EnumMap<>(ServiceTier.class);
        for (ServiceTier tier : ServiceTier.values()) {
            ordered.put(tier, tiers.getOrDefault(tier, 0L));
        }
        tiers = Collections.unmodifiableMap(ordered);
        red = List.copyOf(red);
        yellow = List.copyOf(yellow);
        projects = List.copyOf(projects);
    }

    public record Counts(long green, long yellow, long red) {
    }
}

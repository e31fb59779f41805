package city.keyprojects.project.registry.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import city.keyprojects.platform.problem.RuleViolationException;

/**
 * What a project is, as the key-project centre describes it: everything but its codes, stage and responsibility.
 * Areas: land in 亩, floor in m². Amounts in yuan.
 */
public record Description(
        String name,
        String summary,
        String ownerName,
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
        LocalDate plannedCompletion) {

    public Description {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(level, "level");
        phases = phases == null ? List.of() : List.copyOf(phases);
        requireNotNegative(totalInvestment, "totalInvestment");
        requireNotNegative(landAreaMu, "landAreaMu");
        requireNotNegative(floorAreaSqm, "floorAreaSqm");
        if (buildings != null && buildings < 0) {
            throw new IllegalArgumentException("buildings must not be negative");
        }
        if (!plannedDatesInOrder(plannedStart, plannedCompletion)) {
            throw new IllegalArgumentException("plannedStart must not be after plannedCompletion");
        }
    }

    /** Rule {@code planned-dates-in-order}: a project cannot be planned to be completed before it starts. */
    public static boolean plannedDatesInOrder(LocalDate start, LocalDate completion) {
        return start == null || completion == null || !start.isAfter(completion);
    }

    /**
     * Applies corrections; a field left null keeps its value.
     *
     * @throws RuleViolationException when the corrected planned dates would be out of order
     */
    Corrected correct(Project.Changes changes) {
        Diff diff = new Diff();
        String newName = diff.take("name", changes.name(), name);
        String newSummary = diff.take("summary", changes.summary(), summary);
        String newOwnerName = diff.take("ownerName", changes.ownerName(), ownerName);
        String newDistrict = diff.take("district", changes.district(), district);
        Sector newSector = diff.take("sector", changes.sector(), sector);
        Level newLevel = diff.take("level", changes.level(), level);
        String newIndustryChain = diff.take("industryChain", changes.industryChain(), industryChain);
        String newAddress = diff.take("address", changes.address(), address);
        GeoPoint newLocation = diff.take("location", changes.location(), location);
        BigDecimal newInvestment = diff.take("totalInvestment", changes.totalInvestment(), totalInvestment);
        BigDecimal newLandArea = diff.take("landAreaMu", changes.landAreaMu(), landAreaMu);
        BigDecimal newFloorArea = diff.take("floorAreaSqm", changes.floorAreaSqm(), floorAreaSqm);
        Integer newBuildings = diff.take("buildings", changes.buildings(), buildings);
        List<Phase> newPhases = diff.take("phases", changes.phases(), phases);
        LocalDate start = diff.take("plannedStart", changes.plannedStart(), plannedStart);
        LocalDate completion = diff.take("plannedCompletion", changes.plannedCompletion(), plannedCompletion);
        if (!plannedDatesInOrder(start, completion)) {
            throw new RuleViolationException("planned-dates-in-order",
                    "The planned start " + start + " would be after the planned completion " + completion + ".");
        }
        Description corrected = new Description(newName, newSummary, newOwnerName, newDistrict, newSector, newLevel,
                newIndustryChain, newAddress, newLocation, newInvestment, newLandArea, newFloorArea, newBuildings,
                newPhases, start, completion);
        return new Corrected(corrected, diff.changed);
    }

    /** The description after corrections, and the names of the fields that really changed. */
    record Corrected(Description description, List<String> changed) {
    }

    private static void requireNotNegative(BigDecimal value, String field) {
        if (value != null && value.signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
    }

    /** Collects the names of the fields whose proposed value differs from the current one. */
    static final class Diff {

        final List<String> changed = new ArrayList<>();

        <V> V take(String field, V proposed, V current) {
            if (proposed == null || same(proposed, current)) {
                return current;
            }
            changed.add(field);
            return proposed;
        }

        private static boolean same(Object proposed, Object current) {
            // 5E+9 and 5000000000.00 are the same amount.
            if (proposed instanceof BigDecimal a && current instanceof BigDecimal b) {
                return a.compareTo(b) == 0;
            }
            return proposed.equals(current);
        }
    }
}

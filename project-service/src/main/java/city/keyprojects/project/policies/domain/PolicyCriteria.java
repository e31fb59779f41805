package city.keyprojects.project.policies.domain;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;

/**
 * Which projects a policy is for (适用范围). Each of {@code sectors}, {@code districts} and {@code levels} left empty
 * means "any"; an investment bound left null means "no bound". Districts are 6-digit administrative division
 * codes, read as {@link PolicyFit#coversDistrict} says.
 *
 * @param minInvestment the smallest total investment in yuan the policy is for, inclusive
 * @param maxInvestment the largest, inclusive
 */
public record PolicyCriteria(Set<Sector> sectors, SortedSet<String> districts, Set<Level> levels,
        BigDecimal minInvestment, BigDecimal maxInvestment) {

    private static final Pattern DIVISION = Pattern.compile("\\d{6}");

    public PolicyCriteria {
        // Sorted, so that views and events list them in a stable order.
        sectors = sectors == null || sectors.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(sectors));
        levels = levels == null || levels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levels));
        districts = Collections.unmodifiableSortedSet(districts == null ? new TreeSet<>() : new TreeSet<>(districts));
        for (String district : districts) {
            if (!DIVISION.matcher(district).matches()) {
                throw new IllegalArgumentException("district " + district + " is not a 6-digit division code");
            }
        }
        if (minInvestment != null && minInvestment.signum() < 0
                || maxInvestment != null && maxInvestment.signum() < 0) {
            throw new IllegalArgumentException("investment bounds must not be negative");
        }
        if (minInvestment != null && maxInvestment != null && minInvestment.compareTo(maxInvestment) > 0) {
            throw new IllegalArgumentException("minInvestment must not exceed maxInvestment");
        }
    }

    /** A policy for every project. */
    public static PolicyCriteria any() {
        return new PolicyCriteria(null, null, null, null, null);
    }

    public boolean limitsInvestment() {
        return minInvestment != null || maxInvestment != null;
    }
}

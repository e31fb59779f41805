package city.keyprojects.project.policies.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import city.keyprojects.project.registry.domain.Description;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Stage;

/**
 * The rule saying whether a policy fits a project (惠企政策精准推送): the one rule behind both the push at
 * publication and a project's list of policies.
 *
 * <p>A policy fits a project when all of these hold:
 * <ul>
 * <li>the policy is current: not withdrawn, and not expired ({@code validUntil} before today). A policy whose
 * {@code validFrom} is still ahead does fit: enterprises are told early so that they can prepare;</li>
 * <li>the project is not cancelled;</li>
 * <li>its sector is one of the policy's sectors, its level one of its levels, its district covered by one of its
 * districts ({@link #coversDistrict}) — each only when the policy names any;</li>
 * <li>when the policy has an investment range, the project's total investment is known and lies within it, both
 * bounds included.</li>
 * </ul>
 */
public final class PolicyFit {

    private PolicyFit() {
    }

    public static boolean fits(Policy policy, Project project, LocalDate today) {
        return isCurrent(policy, today) && project.stage() != Stage.CANCELLED && meets(policy.criteria(), project);
    }

    /** Not withdrawn and not expired on the day. */
    public static boolean isCurrent(Policy policy, LocalDate today) {
        return !policy.withdrawn() && (policy.validUntil() == null || !policy.validUntil().isBefore(today));
    }

    static boolean meets(PolicyCriteria criteria, Project project) {
        Description d = project.description();
        return (criteria.sectors().isEmpty() || criteria.sectors().contains(d.sector()))
                && (criteria.levels().isEmpty() || criteria.levels().contains(d.level()))
                && (criteria.districts().isEmpty() || criteria.districts().stream()
                        .anyMatch(district -> coversDistrict(district, d.district())))
                && withinRange(criteria, d.totalInvestment());
    }

    private static boolean withinRange(PolicyCriteria criteria, BigDecimal investment) {
        if (!criteria.limitsInvestment()) {
            return true;
        }
        return investment != null
                && (criteria.minInvestment() == null || investment.compareTo(criteria.minInvestment()) >= 0)
                && (criteria.maxInvestment() == null || investment.compareTo(criteria.maxInvestment()) <= 0);
    }

    /**
     * Whether a policy's division code covers a project's. A 6-digit code is province (2 digits), prefecture (2)
     * and county (2): a code ending in {@code 0000} covers the whole province ({@code 370000} covers
     * {@code 371402}), one ending in {@code 00} the whole prefecture ({@code 371400}, Dezhou, covers
     * {@code 371402}, Decheng), any other code only itself.
     */
    public static boolean coversDistrict(String policyDistrict, String projectDistrict) {
        return projectDistrict.startsWith(coveredPrefix(policyDistrict));
    }

    /** The prefix every division code covered by the policy's code starts with (see {@link #coversDistrict}). */
    public static String coveredPrefix(String policyDistrict) {
        if (policyDistrict.endsWith("0000")) {
            return policyDistrict.substring(0, 2);
        }
        if (policyDistrict.endsWith("00")) {
            return policyDistrict.substring(0, 4);
        }
        return policyDistrict;
    }
}

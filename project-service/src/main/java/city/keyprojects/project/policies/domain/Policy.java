package city.keyprojects.project.policies.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An enterprise-support policy (惠企政策) in the catalogue: what it is, who issued it, which projects it is for and
 * when it applies. Published once; afterwards it can only be withdrawn (废止), which keeps it in the catalogue.
 *
 * @param validFrom  the first day it applies, if it says so
 * @param validUntil the last day it applies, if it says so
 */
public record Policy(
        String id,
        String title,
        String issuer,
        String summary,
        String link,
        PolicyCriteria criteria,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant publishedAt,
        Instant withdrawnAt,
        String withdrawalReason) {

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** The new state and the events that led to it. */
    public record Result(Policy policy, List<PolicyEvent> events) {
    }

    /** The catalogue entry for a new policy, published now: {@link #publish} then says whom it is for. */
    public static Policy of(String id, Details details, Instant now) {
        return new Policy(id, details.title(), details.issuer(), details.summary(), details.link(),
                details.criteria(), details.validFrom(), details.validUntil(), now, null, null);
    }

    /**
     * Publishes this new policy to the projects it fits.
     *
     * @param fittingProjectIds the projects {@link PolicyFit} says it fits at publication
     */
    public Result publish(List<String> fittingProjectIds) {
        PolicyPublished published = new PolicyPublished(id, title, issuer, summary, link,
                List.copyOf(criteria.sectors()), List.copyOf(criteria.districts()), List.copyOf(criteria.levels()),
                criteria.minInvestment(), criteria.maxInvestment(), validFrom, validUntil, publishedAt,
                fittingProjectIds.stream().distinct().sorted().toList());
        return new Result(this, List.of(published));
    }

    /** Withdraws the policy: from now on it fits no project. Withdrawing it again changes nothing. */
    public Result withdraw(String reason, Instant now) {
        if (withdrawn()) {
            return new Result(this, List.of());
        }
        Policy policy = new Policy(id, title, issuer, summary, link, criteria, validFrom, validUntil, publishedAt, now,
                reason);
        return new Result(policy, List.of(new PolicyWithdrawn(id, reason, now)));
    }

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    /** What the centre states about a new policy, already validated for form. */
    public record Details(String title, String issuer, String summary, String link, PolicyCriteria criteria,
            LocalDate validFrom, LocalDate validUntil) {

        public Details {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(criteria, "criteria");
            if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
                throw new IllegalArgumentException("validUntil must not be before validFrom");
            }
        }
    }
}

package city.keyprojects.project.policies.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.policies.domain.Policy;
import city.keyprojects.project.policies.domain.PolicyCriteria;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;

/**
 * A policy as the API shows it (the catalogue is public). Empty {@code sectors}, {@code districts} or
 * {@code levels} mean "any". {@code matchedProjects} is only in the answer to publishing: how many projects the
 * policy was pushed to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyView(String id, String title, String issuer, String summary, String link, Set<Sector> sectors,
        Set<String> districts, Set<Level> levels, BigDecimal minInvestment, BigDecimal maxInvestment,
        LocalDate validFrom, LocalDate validUntil, Instant publishedAt, boolean withdrawn, Instant withdrawnAt,
        String withdrawalReason, Integer matchedProjects) {

    static PolicyView of(Stored<Policy> stored) {
        return of(stored, null);
    }

    static PolicyView of(Stored<Policy> stored, Integer matchedProjects) {
        Policy p = stored.state();
        PolicyCriteria c = p.criteria();
        return new PolicyView(p.id(), p.title(), p.issuer(), p.summary(), p.link(), c.sectors(), c.districts(),
                c.levels(), c.minInvestment(), c.maxInvestment(), p.validFrom(), p.validUntil(), p.publishedAt(),
                p.withdrawn(), p.withdrawnAt(), p.withdrawalReason(), matchedProjects);
    }
}

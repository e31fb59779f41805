package city.keyprojects.project.policies.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;

/**
 * A policy was published. Carries the whole policy, so a consumer can show it without asking, and the projects it
 * fitted at that moment ({@code projectIds}, sorted), to whose enterprises it is to be pushed (精准推送). Empty
 * {@code sectors}, {@code districts} or {@code levels} mean "any".
 */
public record PolicyPublished(
        String policyId,
        String title,
        String issuer,
        String summary,
        String link,
        List<Sector> sectors,
        List<String> districts,
        List<Level> levels,
        BigDecimal minInvestment,
        BigDecimal maxInvestment,
        LocalDate validFrom,
        LocalDate validUntil,
        Instant publishedAt,
        List<String> projectIds) implements PolicyEvent {

    @Override
    public String type() {
        return "project.policy-published";
    }
}

package city.keyprojects.project.policies.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.project.policies.domain.Policy;
import city.keyprojects.project.policies.domain.PolicyCriteria;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.web.Yuan;

/**
 * The body of {@code POST /api/policies}. Each of {@code sectors}, {@code districts}, {@code levels} left out or
 * empty means "any"; server-owned fields (id, publishedAt, withdrawal) cannot be sent.
 */
public record PublishPolicyRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 100) String issuer,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 500) String link,
        @Size(max = 4) Set<@NotNull Sector> sectors,
        @Size(max = 100) Set<@NotNull @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String> districts,
        @Size(max = 4) Set<@NotNull Level> levels,
        @Yuan BigDecimal minInvestment,
        @Yuan BigDecimal maxInvestment,
        LocalDate validFrom,
        LocalDate validUntil) {

    /** @throws InvalidInputException naming each field that does not fit with the others, and why */
    Policy.Details toDetails() {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (link != null && !isHttpsUrl(link)) {
            errors.add(new InvalidInputException.FieldError("link", "must be an https:// address"));
        }
        if (minInvestment != null && maxInvestment != null && minInvestment.compareTo(maxInvestment) > 0) {
            errors.add(new InvalidInputException.FieldError("maxInvestment", "must not be less than minInvestment"));
        }
        if (validFrom != null && validUntil != null && validUntil.isBefore(validFrom)) {
            errors.add(new InvalidInputException.FieldError("validUntil", "must not be before validFrom"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PolicyCriteria criteria = new PolicyCriteria(sectors, districts == null ? null : new TreeSet<>(districts),
                levels, minInvestment, maxInvestment);
        return new Policy.Details(title.strip(), issuer.strip(), summary.strip(), link, criteria, validFrom,
                validUntil);
    }

    private static boolean isHttpsUrl(String text) {
        try {
            URI uri = new URI(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}

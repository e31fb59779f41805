package city.keyprojects.reporting.projects.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The public fields of a project that open data publishes, as project-service holds them, with the fields the
 * project hides from the public ({@code hiddenFields}, e.g. {@code TOTAL_INVESTMENT}, {@code PLANNED_DATES}).
 */
public record PublicCard(String projectCode, String summary, String ownerName, String address, Double latitude,
        Double longitude, LocalDate plannedCompletion, List<String> hiddenFields) {

    public static final PublicCard NONE = new PublicCard(null, null, null, null, null, null, null, List.of());

    public PublicCard {
        hiddenFields = hiddenFields == null ? List.of() : List.copyOf(hiddenFields);
    }

    public boolean shows(String field) {
        return !hiddenFields.contains(field);
    }
}

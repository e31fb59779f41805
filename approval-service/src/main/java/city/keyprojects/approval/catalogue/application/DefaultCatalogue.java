package city.keyprojects.approval.catalogue.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.approval.catalogue.domain.CatalogueRules;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue the service starts with (version 1, published by {@code system}), from
 * {@code catalogue/default-catalogue.json}: the items, departments and promised limits (承诺时限) of the city.
 */
record DefaultCatalogue(String note, int jointAcceptanceLimitWorkingDays, List<CatalogueItem> items) {

    static final String RESOURCE = "catalogue/default-catalogue.json";
    static final String PUBLISHER = "system";

    /** @throws IllegalStateException if the file breaks a catalogue rule: the service must not start with it */
    static DefaultCatalogue load(JsonMapper json) {
        DefaultCatalogue catalogue;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            // A misspelt property in the file would otherwise silently become a missing value.
            catalogue = json.readerFor(DefaultCatalogue.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        try {
            CatalogueRules.requireValid(catalogue.items(), catalogue.jointAcceptanceLimitWorkingDays(),
                    catalogue.note());
        } catch (RuntimeException e) {
            throw new IllegalStateException(RESOURCE + " is not a valid catalogue: " + e.getMessage(), e);
        }
        return catalogue;
    }

    ApprovalCatalogue asFirstVersion(Instant publishedAt) {
        return new ApprovalCatalogue(1, items, jointAcceptanceLimitWorkingDays, publishedAt, PUBLISHER, note);
    }
}

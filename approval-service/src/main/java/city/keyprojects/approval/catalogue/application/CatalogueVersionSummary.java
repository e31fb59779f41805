package city.keyprojects.approval.catalogue.application;

import java.time.Instant;

/** One published version of the approval catalogue, without its items: the catalogue's history. */
public record CatalogueVersionSummary(long version, Instant publishedAt, String publishedBy, String note,
        int itemCount) {
}

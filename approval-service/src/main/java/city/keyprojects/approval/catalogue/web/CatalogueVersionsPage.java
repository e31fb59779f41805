package city.keyprojects.approval.catalogue.web;

import java.util.List;

import city.keyprojects.approval.catalogue.application.CatalogueVersionSummary;

/** A page of the catalogue's versions, newest first; {@code total} is the number of versions published. */
record CatalogueVersionsPage(List<CatalogueVersionSummary> items, int page, int size, long total) {
}

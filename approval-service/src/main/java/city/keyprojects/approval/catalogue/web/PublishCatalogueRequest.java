package city.keyprojects.approval.catalogue.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import city.keyprojects.approval.catalogue.domain.CatalogueRules;

/**
 * The body of {@code PUT /api/approvals/catalogue}: the whole next version. The forms and ranges of the fields are
 * the catalogue's rules ({@link CatalogueRules}), checked with the field names of this body; the version number,
 * time and publisher are the server's.
 *
 * @param basedOnVersion  the current version as the user read it: if another was published since, 409
 */
record PublishCatalogueRequest(
        @NotNull @Positive Long basedOnVersion,
        @NotNull Integer jointAcceptanceLimitWorkingDays,
        String note,
        @NotNull @Size(max = CatalogueRules.MAX_ITEMS) List<@NotNull @Valid Item> items) {

    record Item(@NotNull String code, @NotNull String name, @NotNull String nameEn, @NotNull ApprovalStage stage,
            @NotNull String department, @NotNull String departmentName, @NotNull Integer limitWorkingDays) {

        CatalogueItem toItem() {
            return new CatalogueItem(code, name.strip(), nameEn.strip(), stage, department, departmentName.strip(),
                    limitWorkingDays);
        }
    }

    List<CatalogueItem> catalogueItems() {
        return items.stream().map(Item::toItem).toList();
    }

    /** A blank note is no note. */
    String strippedNote() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}

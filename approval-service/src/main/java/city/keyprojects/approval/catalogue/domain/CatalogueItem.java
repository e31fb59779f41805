package city.keyprojects.approval.catalogue.domain;

import java.util.Objects;

/**
 * One approval item of the catalogue: what a department decides in a stage, and its statutory limit (法定时限) in
 * working days.
 *
 * @param code            stable identifier, e.g. {@code CONSTRUCTION_PERMIT_ISSUE}
 * @param name            the item's Chinese name, as the department's service guide calls it
 * @param nameEn          an English name for the portal's English view
 * @param department      code of the deciding department, e.g. {@code zjj}; officers carry the same code
 * @param departmentName  the department's Chinese name
 */
public record CatalogueItem(String code, String name, String nameEn, ApprovalStage stage, String department,
        String departmentName, int limitWorkingDays) {

    public CatalogueItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(department, "department");
    }
}

package city.keyprojects.approval.catalogue.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;

/**
 * One version of the catalogue, its items grouped by stage in the order a project passes them. {@code version} is
 * what the next publication quotes as {@code basedOnVersion}.
 */
record CatalogueView(long version, Instant publishedAt, String publishedBy, String note,
        int jointAcceptanceLimitWorkingDays, List<StageView> stages) {

    /**
     * @param name             the stage's Chinese name
     * @param jointAcceptance  whether its items share one inspection and the joint limit (联合验收)
     */
    record StageView(ApprovalStage stage, String name, boolean jointAcceptance, List<ItemView> items) {
    }

    record ItemView(String code, String name, String nameEn, String department, String departmentName,
            int limitWorkingDays) {
    }

    static CatalogueView of(ApprovalCatalogue catalogue) {
        List<StageView> stages = Arrays.stream(ApprovalStage.values())
                .map(stage -> new StageView(stage, stage.chineseName(), stage.isJointAcceptance(),
                        catalogue.itemsOf(stage).stream().map(CatalogueView::item).toList()))
                .toList();
        return new CatalogueView(catalogue.version(), catalogue.publishedAt(), catalogue.publishedBy(),
                catalogue.note(), catalogue.jointAcceptanceLimitWorkingDays(), stages);
    }

    private static ItemView item(CatalogueItem item) {
        return new ItemView(item.code(), item.name(), item.nameEn(), item.department(), item.departmentName(),
                item.limitWorkingDays());
    }
}

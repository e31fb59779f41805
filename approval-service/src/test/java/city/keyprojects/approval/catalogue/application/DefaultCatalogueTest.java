package city.keyprojects.approval.catalogue.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalCatalogue;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueItem;
import tools.jackson.databind.json.JsonMapper;

class DefaultCatalogueTest {

    private static final Instant NOW = Instant.parse("2026-01-05T01:00:00Z");

    private final ApprovalCatalogue catalogue = DefaultCatalogue.load(JsonMapper.builder().build())
            .asFirstVersion(NOW);

    @Test
    void the_default_is_version_1_published_by_the_system_with_the_city_s_promised_limits() {
        assertThat(catalogue.version()).isEqualTo(1);
        assertThat(catalogue.publishedBy()).isEqualTo("system");
        assertThat(catalogue.publishedAt()).isEqualTo(NOW);
        assertThat(catalogue.note()).contains("承诺时限").contains("法定时限");
        assertThat(catalogue.jointAcceptanceLimitWorkingDays()).isEqualTo(5);
        assertThat(catalogue.items()).hasSize(13);
    }

    @Test
    void construction_permit_has_four_departments_in_parallel_the_permit_itself_in_2_working_days() {
        assertThat(catalogue.itemsOf(ApprovalStage.CONSTRUCTION_PERMIT))
                .extracting(CatalogueItem::code, CatalogueItem::department, CatalogueItem::limitWorkingDays)
                .containsExactly(
                        tuple("CONSTRUCTION_DRAWING_REVIEW", "zjj", 10),
                        tuple("FIRE_DESIGN_REVIEW", "xfsy", 10),
                        tuple("CIVIL_AIR_DEFENCE_REVIEW", "rfb", 5),
                        tuple("CONSTRUCTION_PERMIT_ISSUE", "spj", 2));
        assertThat(catalogue.itemsOf(ApprovalStage.CONSTRUCTION_PERMIT)).extracting(CatalogueItem::department)
                .doesNotHaveDuplicates();
    }

    @Test
    void every_stage_has_its_items_in_order() {
        assertThat(catalogue.itemsOf(ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE))
                .extracting(CatalogueItem::code, CatalogueItem::department, CatalogueItem::limitWorkingDays)
                .containsExactly(
                        tuple("PROJECT_APPROVAL_OR_FILING", "fgw", 5),
                        tuple("LAND_USE_PRE_REVIEW_AND_SITE_SELECTION", "zrj", 10),
                        tuple("LAND_USE_PLANNING_PERMIT", "zrj", 5));
        assertThat(catalogue.itemsOf(ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT))
                .extracting(CatalogueItem::code, CatalogueItem::department, CatalogueItem::limitWorkingDays)
                .containsExactly(
                        tuple("CONSTRUCTION_PROJECT_PLANNING_PERMIT", "zrj", 10),
                        tuple("ENVIRONMENTAL_IMPACT_APPROVAL", "sthj", 10));
        assertThat(catalogue.itemsOf(ApprovalStage.COMPLETION_ACCEPTANCE))
                .extracting(CatalogueItem::code, CatalogueItem::department, CatalogueItem::limitWorkingDays)
                .containsExactly(
                        tuple("PLANNING_CHECK", "zrj", 5),
                        tuple("FIRE_ACCEPTANCE", "xfsy", 5),
                        tuple("ARCHIVE_ACCEPTANCE", "daj", 5),
                        tuple("COMPLETION_FILING", "zjj", 5));
    }

    @Test
    void items_carry_their_chinese_and_english_names_and_department_names() {
        assertThat(catalogue.items()).filteredOn(item -> item.code().equals("PROJECT_APPROVAL_OR_FILING"))
                .singleElement().satisfies(item -> {
                    assertThat(item.name()).isEqualTo("企业投资项目核准（备案）");
                    assertThat(item.nameEn()).isEqualTo("Project approval or filing");
                    assertThat(item.departmentName()).isEqualTo("发展和改革委员会");
                });
        assertThat(catalogue.items()).filteredOn(item -> item.department().equals("daj"))
                .extracting(CatalogueItem::departmentName).containsOnly("城建档案馆");
    }
}

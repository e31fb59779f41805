package city.keyprojects.approval.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.RuleViolationException;

class ApprovalCatalogueTest {

    private static final Instant FIRST = Instant.parse("2026-01-05T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T02:30:00Z");

    private final ApprovalCatalogue first = new ApprovalCatalogue(1, CatalogueRulesTest.onePerStage(), 5, FIRST,
            "system", "承诺时限");

    @Test
    void the_next_version_is_numbered_after_this_one_and_leaves_this_one_as_it_was() {
        List<CatalogueItem> items = List.of(CatalogueRulesTest.onePerStage().get(3),
                CatalogueRulesTest.onePerStage().get(2), CatalogueRulesTest.onePerStage().get(1),
                CatalogueRulesTest.onePerStage().get(0));

        ApprovalCatalogue next = first.next(items, 3, "联合验收压缩至3个工作日", LATER, "centre");

        assertThat(next).isEqualTo(new ApprovalCatalogue(2, items, 3, LATER, "centre", "联合验收压缩至3个工作日"));
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.jointAcceptanceLimitWorkingDays()).isEqualTo(5);
    }

    @Test
    void the_next_version_must_satisfy_the_catalogue_rules() {
        List<CatalogueItem> onlyThreeStages = CatalogueRulesTest.onePerStage().subList(0, 3);
        assertThatThrownBy(() -> first.next(onlyThreeStages, 5, null, LATER, "centre"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CatalogueRules.EVERY_STAGE_HAS_ITEMS));
    }

    @Test
    void items_of_a_stage_come_in_catalogue_order() {
        List<CatalogueItem> items = new ArrayList<>(CatalogueRulesTest.onePerStage());
        items.add(CatalogueRulesTest.item("FIRE_ACCEPTANCE", ApprovalStage.COMPLETION_ACCEPTANCE, "xfsy", "消防审验中心"));
        ApprovalCatalogue catalogue = first.next(items, 5, null, LATER, "centre");
        assertThat(catalogue.itemsOf(ApprovalStage.COMPLETION_ACCEPTANCE)).extracting(CatalogueItem::code)
                .containsExactly("COMPLETION_FILING", "FIRE_ACCEPTANCE");
    }
}

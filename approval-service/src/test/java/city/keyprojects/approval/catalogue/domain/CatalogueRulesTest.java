package city.keyprojects.approval.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.problem.RuleViolationException;

class CatalogueRulesTest {

    /** One acceptable item per stage. */
    static List<CatalogueItem> onePerStage() {
        return List.of(
                item("PROJECT_APPROVAL_OR_FILING", ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE, "fgw", "发展和改革委员会"),
                item("ENVIRONMENTAL_IMPACT_APPROVAL", ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT, "sthj", "生态环境局"),
                item("CONSTRUCTION_PERMIT_ISSUE", ApprovalStage.CONSTRUCTION_PERMIT, "spj", "行政审批服务局"),
                item("COMPLETION_FILING", ApprovalStage.COMPLETION_ACCEPTANCE, "zjj", "住房和城乡建设局"));
    }

    static CatalogueItem item(String code, ApprovalStage stage, String department, String departmentName) {
        return new CatalogueItem(code, "事项" + code, "Item " + code, stage, department, departmentName, 5);
    }

    @Test
    void a_catalogue_with_an_item_in_every_stage_is_accepted() {
        assertThatCode(() -> CatalogueRules.requireValid(onePerStage(), 5, "承诺时限")).doesNotThrowAnyException();
        assertThatCode(() -> CatalogueRules.requireValid(onePerStage(), 5, null)).doesNotThrowAnyException();
    }

    @Test
    void a_catalogue_without_items_for_a_stage_is_refused() {
        List<CatalogueItem> withoutConstructionPermit = onePerStage().stream()
                .filter(item -> item.stage() != ApprovalStage.CONSTRUCTION_PERMIT).toList();
        assertThatThrownBy(() -> CatalogueRules.requireValid(withoutConstructionPermit, 5, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CatalogueRules.EVERY_STAGE_HAS_ITEMS))
                .hasMessageContaining("CONSTRUCTION_PERMIT");
        assertThatThrownBy(() -> CatalogueRules.requireValid(List.of(), 5, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CatalogueRules.EVERY_STAGE_HAS_ITEMS));
    }

    @Test
    void an_item_code_is_used_once_in_the_whole_catalogue_even_across_stages() {
        List<CatalogueItem> items = new ArrayList<>(onePerStage());
        items.add(item("COMPLETION_FILING", ApprovalStage.CONSTRUCTION_PERMIT, "zjj", "住房和城乡建设局"));
        assertThatThrownBy(() -> CatalogueRules.requireValid(items, 5, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CatalogueRules.ITEM_CODES_UNIQUE))
                .hasMessageContaining("COMPLETION_FILING");
    }

    @Test
    void a_department_code_stands_for_one_department_name() {
        List<CatalogueItem> items = new ArrayList<>(onePerStage());
        items.add(item("PLANNING_CHECK", ApprovalStage.COMPLETION_ACCEPTANCE, "zjj", "建设局"));
        assertThatThrownBy(() -> CatalogueRules.requireValid(items, 5, null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(CatalogueRules.ONE_NAME_PER_DEPARTMENT))
                .hasMessageContaining("住房和城乡建设局").hasMessageContaining("建设局");
    }

    @Test
    void item_codes_are_3_to_60_upper_case_letters_digits_or_underscores_starting_with_a_letter() {
        for (String good : List.of("ABC", "FIRE_ACCEPTANCE", "A2_", "A" + "B".repeat(59))) {
            assertThatCode(() -> CatalogueRules.requireValid(changeFirst(item -> withCode(item, good)), 5, null))
                    .as(good).doesNotThrowAnyException();
        }
        for (String bad : List.of("AB", "fire_acceptance", "1ABC", "_ABC", "FIRE-ACCEPTANCE", "FIRE ACCEPTANCE",
                " ABC", "A" + "B".repeat(60), "审批事项")) {
            assertRefusedField(changeFirst(item -> withCode(item, bad)), 5, null, "items[0].code");
        }
    }

    @Test
    void department_codes_are_2_to_16_lower_case_letters_or_digits_starting_with_a_letter() {
        for (String good : List.of("zj", "xfsy", "z1", "a" + "b".repeat(15))) {
            assertThatCode(() -> CatalogueRules.requireValid(changeFirst(item -> withDepartment(item, good)), 5,
                    null)).as(good).doesNotThrowAnyException();
        }
        for (String bad : List.of("z", "ZJJ", "1zj", "zj-j", "zj_j", "a" + "b".repeat(16), "")) {
            assertRefusedField(changeFirst(item -> withDepartment(item, bad)), 5, null, "items[0].department");
        }
    }

    @Test
    void an_item_limit_is_1_to_60_working_days() {
        for (int good : List.of(1, 2, 60)) {
            assertThatCode(() -> CatalogueRules.requireValid(changeFirst(item -> withLimit(item, good)), 5, null))
                    .doesNotThrowAnyException();
        }
        for (int bad : List.of(0, -1, 61, Integer.MAX_VALUE)) {
            assertRefusedField(changeFirst(item -> withLimit(item, bad)), 5, null, "items[0].limitWorkingDays");
        }
    }

    @Test
    void the_joint_acceptance_limit_is_1_to_60_working_days() {
        assertThatCode(() -> CatalogueRules.requireValid(onePerStage(), 1, null)).doesNotThrowAnyException();
        assertThatCode(() -> CatalogueRules.requireValid(onePerStage(), 60, null)).doesNotThrowAnyException();
        assertRefusedField(onePerStage(), 0, null, "jointAcceptanceLimitWorkingDays");
        assertRefusedField(onePerStage(), 61, null, "jointAcceptanceLimitWorkingDays");
    }

    @Test
    void names_are_not_blank_and_at_most_100_characters() {
        String longest = "审".repeat(100);
        assertThatCode(() -> CatalogueRules.requireValid(changeFirst(item -> new CatalogueItem(item.code(), longest,
                longest, item.stage(), item.department(), longest, 5)), 5, null)).doesNotThrowAnyException();
        for (String bad : new String[] { null, "", "  ", "审".repeat(101) }) {
            assertRefusedField(changeFirst(item -> new CatalogueItem(item.code(), item.name(), bad, item.stage(),
                    item.department(), item.departmentName(), 5)), 5, null, "items[0].nameEn");
            assertRefusedField(changeFirst(item -> new CatalogueItem(item.code(), item.name(), item.nameEn(),
                    item.stage(), item.department(), bad, 5)), 5, null, "items[0].departmentName");
        }
        for (String bad : List.of("", " \t", "审".repeat(101))) {
            assertRefusedField(changeFirst(item -> new CatalogueItem(item.code(), bad, item.nameEn(), item.stage(),
                    item.department(), item.departmentName(), 5)), 5, null, "items[0].name");
        }
    }

    @Test
    void a_note_is_at_most_500_characters() {
        assertThatCode(() -> CatalogueRules.requireValid(onePerStage(), 5, "注".repeat(500)))
                .doesNotThrowAnyException();
        assertRefusedField(onePerStage(), 5, "注".repeat(501), "note");
    }

    @Test
    void a_catalogue_has_at_most_100_items() {
        List<CatalogueItem> hundred = new ArrayList<>(onePerStage());
        for (int i = hundred.size(); i < CatalogueRules.MAX_ITEMS; i++) {
            hundred.add(item("EXTRA_" + i, ApprovalStage.CONSTRUCTION_PERMIT, "zjj", "住房和城乡建设局"));
        }
        assertThatCode(() -> CatalogueRules.requireValid(hundred, 5, null)).doesNotThrowAnyException();
        List<CatalogueItem> tooMany = new ArrayList<>(hundred);
        tooMany.add(item("EXTRA_100", ApprovalStage.CONSTRUCTION_PERMIT, "zjj", "住房和城乡建设局"));
        assertRefusedField(tooMany, 5, null, "items");
    }

    @Test
    void every_unacceptable_field_is_named_at_once_before_any_rule_between_items() {
        // Also without an item for three stages: the fields come first.
        List<CatalogueItem> items = List.of(new CatalogueItem("bad", " ", "Item", ApprovalStage.CONSTRUCTION_PERMIT,
                "ZJJ", "住房和城乡建设局", 0));
        assertThatThrownBy(() -> CatalogueRules.requireValid(items, 99, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("jointAcceptanceLimitWorkingDays", "items[0].code",
                                "items[0].department", "items[0].name", "items[0].limitWorkingDays"));
    }

    private static void assertRefusedField(List<CatalogueItem> items, int jointLimit, String note, String field) {
        assertThatThrownBy(() -> CatalogueRules.requireValid(items, jointLimit, note))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly(field));
    }

    private static List<CatalogueItem> changeFirst(UnaryOperator<CatalogueItem> change) {
        List<CatalogueItem> items = new ArrayList<>(onePerStage());
        items.set(0, change.apply(items.get(0)));
        return items;
    }

    private static CatalogueItem withCode(CatalogueItem item, String code) {
        return new CatalogueItem(code, item.name(), item.nameEn(), item.stage(), item.department(),
                item.departmentName(), item.limitWorkingDays());
    }

    private static CatalogueItem withDepartment(CatalogueItem item, String department) {
        return new CatalogueItem(item.code(), item.name(), item.nameEn(), item.stage(), department,
                item.departmentName(), item.limitWorkingDays());
    }

    private static CatalogueItem withLimit(CatalogueItem item, int limit) {
        return new CatalogueItem(item.code(), item.name(), item.nameEn(), item.stage(), item.department(),
                item.departmentName(), limit);
    }
}

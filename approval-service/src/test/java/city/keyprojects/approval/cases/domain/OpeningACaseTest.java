package city.keyprojects.approval.cases.domain;

import static city.keyprojects.approval.cases.domain.CaseStory.AIR_DEFENCE;
import static city.keyprojects.approval.cases.domain.CaseStory.FIRE;
import static city.keyprojects.approval.cases.domain.CaseStory.PERMIT;
import static city.keyprojects.approval.cases.domain.CaseStory.SITE_PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.platform.problem.RuleViolationException;

class OpeningACaseTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 11, 3);

    @Test
    void every_item_of_the_stage_starts_at_once_in_its_department_with_its_catalogue_limit() {
        ApprovalCase opened = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, MONDAY).approvalCase;

        assertThat(opened.items()).extracting(ApprovalItem::code, ApprovalItem::department, ApprovalItem::state,
                ApprovalItem::version, item -> item.clock().startedOn(), item -> item.clock().limitWorkingDays(),
                item -> item.clock().dueDate())
                .containsExactly(
                        tuple(PERMIT, "zjj", ItemState.SUBMITTED, 1L, MONDAY, 10, LocalDate.of(2025, 11, 17)),
                        tuple(FIRE, "xfsy", ItemState.SUBMITTED, 1L, MONDAY, 10, LocalDate.of(2025, 11, 17)),
                        tuple(AIR_DEFENCE, "rfb", ItemState.SUBMITTED, 1L, MONDAY, 5, LocalDate.of(2025, 11, 10)),
                        tuple(SITE_PLAN, "spj", ItemState.SUBMITTED, 1L, MONDAY, 2, LocalDate.of(2025, 11, 5)));
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.openedOn()).isEqualTo(MONDAY);
        assertThat(opened.catalogueVersion()).isEqualTo(7);
        assertThat(opened.jointClock()).isNull();
        assertThat(opened.result()).isNull();
    }

    @Test
    void items_opened_before_national_day_are_due_after_it() {
        ApprovalCase opened = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, LocalDate.of(2025, 9, 26))
                .approvalCase;

        assertThat(opened.items()).extracting(item -> item.clock().dueDate()).containsExactly(
                LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 10),
                LocalDate.of(2025, 9, 29));
    }

    @Test
    void the_case_opened_event_lists_the_items_with_their_due_dates() {
        CaseStory story = CaseStory.opened(ApprovalStage.CONSTRUCTION_PERMIT, MONDAY);

        CaseOpened opened = story.event(CaseOpened.class);
        assertThat(story.events).hasSize(1);
        assertThat(opened.caseId()).isEqualTo(ApprovalCase.idFor("P-1", ApprovalStage.CONSTRUCTION_PERMIT, 1))
                .isEqualTo(story.approvalCase.caseId());
        assertThat(opened.projectId()).isEqualTo("P-1");
        assertThat(opened.stage()).isEqualTo(ApprovalStage.CONSTRUCTION_PERMIT);
        assertThat(opened.openedOn()).isEqualTo(MONDAY);
        assertThat(opened.catalogueVersion()).isEqualTo(7);
        assertThat(opened.applicantCreditCode()).isEqualTo(CaseStory.ENTERPRISE.creditCode());
        assertThat(opened.jointAcceptance()).isFalse();
        assertThat(opened.agent()).isFalse();
        assertThat(opened.items()).extracting(OpenedItem::itemCode, OpenedItem::department,
                OpenedItem::limitWorkingDays, OpenedItem::dueDate)
                .containsExactly(tuple(PERMIT, "zjj", 10, LocalDate.of(2025, 11, 17)),
                        tuple(FIRE, "xfsy", 10, LocalDate.of(2025, 11, 17)),
                        tuple(AIR_DEFENCE, "rfb", 5, LocalDate.of(2025, 11, 10)),
                        tuple(SITE_PLAN, "spj", 2, LocalDate.of(2025, 11, 5)));
        assertThat(opened.type()).isEqualTo("approval.case-opened");
        assertThat(opened.subject()).isEqualTo("P-1");
    }

    @Test
    void a_case_filed_by_the_project_officer_for_the_enterprise_records_the_agent() {
        ApprovalCase.Applicant viaOfficer = new ApprovalCase.Applicant("91310000MA1K000001", "星河建设有限公司",
                "officer-7", true);

        ApprovalCase.Result result = CaseStory.open(ApprovalStage.CONSTRUCTION_PERMIT, MONDAY, viaOfficer);

        assertThat(result.approvalCase().agent()).isTrue();
        assertThat(result.approvalCase().filedBy()).isEqualTo("officer-7");
        assertThat(result.approvalCase().applicant()).isEqualTo("91310000MA1K000001");
        assertThat(((CaseOpened) result.events().get(0)).agent()).isTrue();
    }

    @Test
    void joint_acceptance_runs_all_its_items_on_one_shared_clock() {
        CaseStory story = CaseStory.opened(ApprovalStage.COMPLETION_ACCEPTANCE, MONDAY);
        ApprovalCase opened = story.approvalCase;

        assertThat(opened.jointClock().limitWorkingDays()).isEqualTo(5);
        assertThat(opened.jointClock().dueDate()).isEqualTo(LocalDate.of(2025, 11, 10));
        assertThat(opened.items()).hasSize(4).allSatisfy(item -> {
            assertThat(item.clock()).isNull();
            assertThat(opened.clockOf(item)).isSameAs(opened.jointClock());
        });
        CaseOpened event = story.event(CaseOpened.class);
        assertThat(event.jointAcceptance()).isTrue();
        assertThat(event.items()).extracting(OpenedItem::limitWorkingDays, OpenedItem::dueDate)
                .containsOnly(tuple(5, LocalDate.of(2025, 11, 10)));
        assertThat(event.items()).extracting(OpenedItem::department).containsExactly("zjj", "xfsy", "rfb", "zrj");
    }

    @Test
    void a_stage_without_items_in_the_catalogue_is_not_opened() {
        assertThatThrownBy(() -> CaseStory.open(ApprovalStage.ENGINEERING_CONSTRUCTION_PERMIT, MONDAY,
                CaseStory.ENTERPRISE))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo(ApprovalRules.STAGE_HAS_ITEMS));
    }

    @Test
    void case_ids_name_the_project_the_stage_and_the_attempt() {
        assertThat(ApprovalCase.idFor("P-1", ApprovalStage.CONSTRUCTION_PERMIT, 2)).isEqualTo("P-1-stage3-2");
        assertThat(ApprovalCase.idFor("P-1", ApprovalStage.PROJECT_APPROVAL_AND_LAND_USE, 1))
                .isEqualTo("P-1-stage1-1");
    }
}

package city.keyprojects.project.registry.domain;

import static city.keyprojects.project.registry.domain.TestProjects.REGISTERED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.problem.RuleViolationException;

class ProjectTest {

    private static final Instant NOW = Instant.parse("2025-04-02T06:30:00Z");
    private static final ProjectCode CODE = ProjectCode.of(2025, "371426", "04", "01", 7);

    @Test
    void a_registered_project_starts_in_reserve_and_says_everything_known_of_it_in_one_event() {
        Description reservoir = new Description("杨庄水库", "蓄水 1200 万立方米", "平原县水务局", "371426",
                Sector.URBAN_CONSTRUCTION, Level.PROVINCIAL_KEY, "水利", "平原县杨庄村", new GeoPoint(37.17, 116.43),
                new BigDecimal("1500000000.00"), new BigDecimal("3200.50"), null, 4,
                List.of(new Phase("一期", "大坝"), new Phase("二期", "引水渠")), LocalDate.of(2025, 5, 1),
                LocalDate.of(2027, 12, 31));
        var details = new Project.RegistrationDetails(reservoir, new CreditCode("91350100M000100Y43"), CODE,
                List.of(PublicField.LOCATION, PublicField.ADDRESS, PublicField.LOCATION));

        Project.Result result = Project.register("p-1", details, CODE, REGISTERED_AT);

        assertThat(result.project().stage()).isEqualTo(Stage.RESERVE);
        assertThat(result.project().registeredAt()).isEqualTo(REGISTERED_AT);
        assertThat(result.project().hiddenFields()).containsExactly(PublicField.ADDRESS, PublicField.LOCATION);
        assertThat(result.events()).containsExactly(new ProjectRegistered("p-1", "杨庄水库", "蓄水 1200 万立方米",
                "平原县水务局", "91350100M000100Y43", CODE.value(), "371426", Sector.URBAN_CONSTRUCTION,
                Level.PROVINCIAL_KEY, "水利", "平原县杨庄村", new GeoPoint(37.17, 116.43),
                new BigDecimal("1500000000.00"), new BigDecimal("3200.50"), null, 4,
                List.of(new Phase("一期", "大坝"), new Phase("二期", "引水渠")), LocalDate.of(2025, 5, 1),
                LocalDate.of(2027, 12, 31), List.of(PublicField.ADDRESS, PublicField.LOCATION), Stage.RESERVE,
                REGISTERED_AT));
        assertThat(result.events().get(0).type()).isEqualTo("project.registered");
        assertThat(result.events().get(0).subject()).isEqualTo("p-1");
    }

    @Test
    void a_correction_changes_only_what_differs_and_names_it() {
        Project project = registered();

        Project.Result result = project.update(changes(new Changes().name("杨庄水库").level(Level.PROVINCIAL_MAJOR)
                .totalInvestment(new BigDecimal("1500000000"))), NOW);

        assertThat(result.project().description().level()).isEqualTo(Level.PROVINCIAL_MAJOR);
        assertThat(result.project().name()).isEqualTo("杨庄水库");
        assertThat(result.events()).hasSize(1);
        ProjectUpdated updated = (ProjectUpdated) result.events().get(0);
        assertThat(updated.changed()).containsExactly("level");
        assertThat(updated.level()).isEqualTo(Level.PROVINCIAL_MAJOR);
        assertThat(updated.name()).isNull();
        assertThat(updated.totalInvestment()).isNull();
        assertThat(updated.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void a_correction_that_changes_nothing_causes_no_event() {
        Project project = registered();

        Project.Result result = project.update(changes(new Changes().name("杨庄水库")), NOW);

        assertThat(result.project()).isEqualTo(project);
        assertThat(result.events()).isEmpty();
    }

    @Test
    void the_national_code_replaces_the_local_one_and_the_event_names_it() {
        Project project = registered();

        Project.Result result = project.update(changes(new Changes().projectCode(CODE)), NOW);

        assertThat(result.project().projectCode()).isEqualTo(CODE);
        ProjectUpdated updated = (ProjectUpdated) result.events().get(0);
        assertThat(updated.changed()).containsExactly("projectCode");
        assertThat(updated.projectCode()).isEqualTo(CODE.value());
    }

    @Test
    void hiding_fields_from_the_public_replaces_the_whole_set() {
        Project project = registered().update(changes(new Changes().hiddenFields(List.of(PublicField.ADDRESS))), NOW)
                .project();

        Project.Result result = project.update(
                changes(new Changes().hiddenFields(List.of(PublicField.TOTAL_INVESTMENT, PublicField.OWNER_NAME))),
                NOW);

        assertThat(result.project().hiddenFields()).containsExactly(PublicField.OWNER_NAME,
                PublicField.TOTAL_INVESTMENT);
        assertThat(((ProjectUpdated) result.events().get(0)).changed()).containsExactly("hiddenFields");
    }

    @Test
    void a_correction_may_not_plan_the_completion_before_the_start() {
        Project project = registered().update(changes(new Changes().plannedStart(LocalDate.of(2025, 6, 1))
                .plannedCompletion(LocalDate.of(2026, 6, 30))), NOW).project();

        assertThatThrownBy(() -> project.update(changes(new Changes().plannedStart(LocalDate.of(2026, 7, 1))), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("planned-dates-in-order"));
    }

    @Test
    void reassigning_responsibility_records_the_previous_officer() {
        Project first = registered().assignResponsibility(
                new Responsibility("副市长", "市水利局", "officer-a", List.of("县自然资源局")), NOW).project();

        Project.Result result = first.assignResponsibility(
                new Responsibility("副市长", "市水利局", "officer-b", null), NOW);

        assertThat(result.project().officer()).isEqualTo("officer-b");
        assertThat(result.events()).containsExactly(new ResponsibilityAssigned("p-1", "副市长", "市水利局", "officer-b",
                List.of(), "officer-a", NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.responsibility-assigned");
    }

    @Test
    void a_new_project_has_no_officer_yet() {
        assertThat(registered().officer()).isNull();
    }

    @Test
    void construction_starts_once_the_construction_permit_stage_is_complete() {
        Project preparing = registered().changeStage(move(Stage.PREPARATION), NOW).project()
                .withApprovalStageCompleted(ApprovalStage.CONSTRUCTION_PERMIT);

        Project.Result result = preparing.changeStage(move(Stage.UNDER_CONSTRUCTION), NOW);

        assertThat(result.project().stage()).isEqualTo(Stage.UNDER_CONSTRUCTION);
        assertThat(result.events()).containsExactly(
                new StageChanged("p-1", Stage.PREPARATION, Stage.UNDER_CONSTRUCTION, null, false, NOW));
        assertThat(result.events().get(0).type()).isEqualTo("project.stage-changed");
    }

    @Test
    void a_completed_approval_stage_is_recorded_once() {
        Project once = registered().withApprovalStageCompleted(ApprovalStage.CONSTRUCTION_PERMIT);

        assertThat(once.withApprovalStageCompleted(ApprovalStage.CONSTRUCTION_PERMIT)).isSameAs(once);
        assertThat(once.completedApprovalStages()).containsExactly(ApprovalStage.CONSTRUCTION_PERMIT);
    }

    @Test
    void a_suspended_project_remembers_where_it_stopped_and_resumes_there() {
        Project preparing = registered().changeStage(move(Stage.PREPARATION), NOW).project();

        Project suspended = preparing.changeStage(new LifecyclePolicy.Move(Stage.SUSPENDED, "资金未到位", false), NOW)
                .project();
        Project resumed = suspended.changeStage(move(Stage.PREPARATION), NOW).project();

        assertThat(suspended.suspendedFrom()).isEqualTo(Stage.PREPARATION);
        assertThat(resumed.stage()).isEqualTo(Stage.PREPARATION);
        assertThat(resumed.suspendedFrom()).isNull();
    }

    @Test
    void an_illegal_move_changes_nothing_and_names_its_rule() {
        Project project = registered();

        assertThatThrownBy(() -> project.changeStage(move(Stage.COMPLETED), NOW))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.rule()).isEqualTo("stage-order"));
        assertThat(project.stage()).isEqualTo(Stage.RESERVE);
    }

    private static LifecyclePolicy.Move move(Stage target) {
        return new LifecyclePolicy.Move(target, null, false);
    }

    private static Project registered() {
        return TestProjects.registered("p-1", TestProjects.description("杨庄水库", "371426", Sector.URBAN_CONSTRUCTION,
                Level.PROVINCIAL_KEY, new BigDecimal("1500000000.00")), null);
    }

    private static Project.Changes changes(Changes c) {
        return c.build();
    }

    /** Builds {@link Project.Changes} naming only what a test changes. */
    private static final class Changes {

        private String name;
        private Level level;
        private BigDecimal totalInvestment;
        private ProjectCode projectCode;
        private LocalDate plannedStart;
        private LocalDate plannedCompletion;
        private List<PublicField> hiddenFields;

        Changes name(String value) {
            name = value;
            return this;
        }

        Changes level(Level value) {
            level = value;
            return this;
        }

        Changes totalInvestment(BigDecimal value) {
            totalInvestment = value;
            return this;
        }

        Changes projectCode(ProjectCode value) {
            projectCode = value;
            return this;
        }

        Changes plannedStart(LocalDate value) {
            plannedStart = value;
            return this;
        }

        Changes plannedCompletion(LocalDate value) {
            plannedCompletion = value;
            return this;
        }

        Changes hiddenFields(List<PublicField> value) {
            hiddenFields = value;
            return this;
        }

        Project.Changes build() {
            return new Project.Changes(name, null, null, projectCode, null, null, level, null, null, null,
                    totalInvestment, null, null, null, null, plannedStart, plannedCompletion, hiddenFields);
        }
    }
}

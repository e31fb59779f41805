package city.keyprojects.reporting.projects.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.testing.AsyncApiContract;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.projects.domain.ApprovalFacts;
import city.keyprojects.reporting.projects.domain.MilestoneFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.TicketFacts;
import reactor.test.StepVerifier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The consumer side of the project events reporting folds: the examples {@code docs/events/asyncapi.yaml} documents,
 * as project-service publishes them, each made a fresh project's. Event by event, duplicated, out of order across
 * aggregates, and replayed whole.
 */
// The same context as the dashboard's HTTP tests: one start-up for both.
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectFactsProjectionIntegrationTest {

    private static final AsyncApiContract CONTRACT = AsyncApiContract.ofRepository();

    @Autowired
    ProjectFactsProjection projection;
    @Autowired
    EventCodec codec;

    @Test
    void the_documented_project_events_fold_into_the_projects_facts() {
        String projectId = UUID.randomUUID().toString();
        applyAll(history(projectId));

        ProjectFacts facts = facts(projectId);
        assertThat(facts.registered()).isTrue();
        assertThat(facts.name()).isEqualTo("经开区连接器产业园项目");
        assertThat(facts.card().projectCode()).isEqualTo("2024-510703-04-01-000121");
        assertThat(facts.card().latitude()).isEqualTo(31.4271);
        assertThat(facts.card().hiddenFields()).as("TOTAL_INVESTMENT shown again by project.updated").isEmpty();
        assertThat(facts.totalInvestment()).isEqualByComparingTo("1020000000");
        assertThat(facts.plannedStart()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(facts.sector()).isEqualTo("INDUSTRIAL");
        assertThat(facts.level()).as("corrected by project.updated").isEqualTo("PROVINCIAL_KEY");
        assertThat(facts.stage()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(facts.startedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(facts.annualPlan(2026)).isEqualByComparingTo("792000000");
        assertThat(facts.completedIn(YearMonth.of(2026, 7))).isEqualByComparingTo("62000000");
        assertThat(facts.responsibility()).isEqualTo(new ProjectFacts.Responsibility("副市长", "市经信局", "officer"));
        assertThat(facts.milestones()).hasSize(1);
        MilestoneFacts milestone = facts.milestones().values().iterator().next();
        assertThat(milestone.plannedDate()).as("as replanned when reached").isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(milestone.reachedOnTime()).isTrue();
    }

    @Test
    void an_event_delivered_twice_or_replayed_changes_nothing_more_and_counts_one_change() {
        String projectId = UUID.randomUUID().toString();
        List<EventEnvelope> history = history(projectId);
        applyAll(history);
        ProjectFacts once = facts(projectId);
        ProjectFactsProjection.Basis basis = projection.basis().block();

        applyAll(history);
        applyAll(List.of(history.get(0), history.get(history.size() - 1)));

        assertThat(facts(projectId)).isEqualTo(once);
        assertThat(projection.basis().block()).isEqualTo(basis);
    }

    @Test
    void the_investment_plan_arriving_before_the_registration_gives_the_same_facts() {
        String inOrder = UUID.randomUUID().toString();
        String outOfOrder = UUID.randomUUID().toString();
        applyAll(history(inOrder));
        List<EventEnvelope> late = history(outOfOrder);
        // The investment plan's and milestones' events first, then the registry entry's: each aggregate in its own
        // order, the aggregates interleaved otherwise.
        List<EventEnvelope> investmentFirst = new ArrayList<>(late.stream()
                .filter(event -> !event.aggregateid().equals(outOfOrder)).toList());
        investmentFirst.addAll(late.stream().filter(event -> event.aggregateid().equals(outOfOrder)).toList());
        applyAll(investmentFirst);

        assertThat(facts(outOfOrder)).usingRecursiveComparison().ignoringFields("projectId")
                .isEqualTo(facts(inOrder));
    }

    @Test
    void an_event_the_figures_do_not_use_changes_nothing() {
        String projectId = UUID.randomUUID().toString();
        ProjectFactsProjection.Basis basis = projection.basis().block();
        EventEnvelope inspection = CONTRACT.exampleOfProject(codec, "approval.joint-inspection-scheduled", projectId);

        StepVerifier.create(projection.apply(inspection)).verifyComplete();

        assertThat(projection.all().filter(facts -> facts.projectId().equals(projectId)).count().block()).isZero();
        assertThat(projection.basis().block()).isEqualTo(basis);
    }

    @Test
    void approval_decisions_and_problem_tickets_fold_into_the_projects_facts() {
        String projectId = UUID.randomUUID().toString();
        EventEnvelope corrected = CONTRACT.exampleOfProject(codec, "approval.item-decided", projectId);
        String caseId = projectId + "-stage3-1";
        ((ObjectNode) corrected.data()).put("caseId", caseId);
        EventEnvelope approved = CONTRACT.exampleOfProject(codec, "approval.item-decided", projectId);
        ((ObjectNode) approved.data()).put("caseId", caseId).put("decision", "APPROVE").put("finalDecision", true)
                .put("decidedOn", "2025-06-12").put("workingDaysUsed", 8);
        approved = ForeignEvents.renumbered(approved, approved.aggregateid(), corrected.sequence() + 3);
        EventEnvelope overdue = CONTRACT.exampleOfProject(codec, "approval.item-overdue", projectId);
        ((ObjectNode) overdue.data()).put("caseId", caseId).put("itemCode", "FIRE_DESIGN_REVIEW")
                .put("department", "xfsy");
        overdue = ForeignEvents.renumbered(overdue, overdue.aggregateid(), corrected.sequence() + 1);
        applyAll(List.of(corrected, overdue));
        assertThat(facts(projectId).overdueApprovals()).containsEntry(caseId + "/FIRE_DESIGN_REVIEW", "xfsy");
        applyAll(List.of(approved));
        applyAll(List.of("issue.ticket-reported", "issue.ticket-assigned", "issue.ticket-answered",
                "issue.ticket-closed", "issue.ticket-supervised").stream()
                .map(type -> CONTRACT.exampleOfProject(codec, type, projectId)).toList());

        ProjectFacts facts = facts(projectId);
        assertThat(facts.registered()).as("no registration yet: kept all the same").isFalse();
        assertThat(facts.approvals()).containsOnlyKeys(caseId + "/FIRE_DESIGN_REVIEW");
        ApprovalFacts decision = facts.approvals().get(caseId + "/FIRE_DESIGN_REVIEW");
        assertThat(decision.department()).isEqualTo("xfsy");
        assertThat(decision.workingDaysUsed()).isEqualTo(8);
        assertThat(decision.onTime()).isTrue();
        assertThat(facts.overdueApprovals()).as("decided at last").isEmpty();
        assertThat(facts.tickets()).hasSize(2);
        TicketFacts roadAccess = facts.tickets().values().stream()
                .filter(ticket -> "ROAD_ACCESS".equals(ticket.category())).findFirst().orElseThrow();
        assertThat(roadAccess.department()).isEqualTo("jtj");
        assertThat(roadAccess.closed()).isTrue();
        assertThat(roadAccess.confirmed()).isTrue();
        assertThat(roadAccess.satisfaction()).isEqualTo(5);
        TicketFacts automatic = facts.tickets().values().stream()
                .filter(ticket -> "APPROVAL".equals(ticket.category())).findFirst().orElseThrow();
        assertThat(automatic.supervised()).isTrue();
    }


    /**
     * Registered, made someone's responsibility, corrected, started, planned, reported, a milestone planned and
     * reached — the documented examples, made this project's.
     */
    private List<EventEnvelope> history(String projectId) {
        return List.of("project.registered", "project.responsibility-assigned", "project.updated",
                "project.stage-changed", "project.annual-plan-set", "project.investment-reported",
                "project.milestone-planned", "project.milestone-reached").stream()
                .map(type -> CONTRACT.exampleOfProject(codec, type, projectId)).toList();
    }

    private void applyAll(List<EventEnvelope> events) {
        events.forEach(event -> StepVerifier.create(projection.apply(event)).verifyComplete());
    }

    private ProjectFacts facts(String projectId) {
        return projection.all().filter(facts -> facts.projectId().equals(projectId)).blockFirst();
    }
}

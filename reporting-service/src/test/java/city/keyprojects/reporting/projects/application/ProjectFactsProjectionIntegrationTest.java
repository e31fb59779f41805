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
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.test.StepVerifier;

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
        assertThat(facts.sector()).isEqualTo("INDUSTRIAL");
        assertThat(facts.level()).as("corrected by project.updated").isEqualTo("PROVINCIAL_KEY");
        assertThat(facts.stage()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(facts.startedOn()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(facts.annualPlan(2026)).isEqualByComparingTo("792000000");
        assertThat(facts.completedIn(YearMonth.of(2026, 7))).isEqualByComparingTo("62000000");
    }

    @Test
    void an_event_delivered_twice_or_replayed_changes_nothing_more_and_counts_one_change() {
        String projectId = UUID.randomUUID().toString();
        List<EventEnvelope> history = history(projectId);
        applyAll(history);
        ProjectFacts once = facts(projectId);
        long changes = projection.changes().block();

        applyAll(history);
        applyAll(List.of(history.get(0), history.get(history.size() - 1)));

        assertThat(facts(projectId)).isEqualTo(once);
        assertThat(projection.changes().block()).isEqualTo(changes);
    }

    @Test
    void the_investment_plan_arriving_before_the_registration_gives_the_same_facts() {
        String inOrder = UUID.randomUUID().toString();
        String outOfOrder = UUID.randomUUID().toString();
        applyAll(history(inOrder));
        List<EventEnvelope> late = history(outOfOrder);
        // The investment plan's events first, then the registry entry's: two aggregates, each in its own order.
        List<EventEnvelope> investmentFirst = new ArrayList<>(late.stream()
                .filter(event -> event.aggregateid().startsWith("investment-plan-")).toList());
        investmentFirst.addAll(late.stream().filter(event -> !event.aggregateid().startsWith("investment-plan-"))
                .toList());
        applyAll(investmentFirst);

        assertThat(withoutId(facts(outOfOrder))).isEqualTo(withoutId(facts(inOrder)));
    }

    @Test
    void an_event_the_figures_do_not_use_changes_nothing() {
        String projectId = UUID.randomUUID().toString();
        long changes = projection.changes().block();
        EventEnvelope milestone = CONTRACT.exampleOfProject(codec, "project.milestone-reached", projectId);

        StepVerifier.create(projection.apply(milestone)).verifyComplete();

        assertThat(projection.all().filter(facts -> facts.projectId().equals(projectId)).count().block()).isZero();
        assertThat(projection.changes().block()).isEqualTo(changes);
    }

    /** Registered, corrected, started, planned and reported — the documented examples, made this project's. */
    private List<EventEnvelope> history(String projectId) {
        return List.of("project.registered", "project.updated", "project.stage-changed", "project.annual-plan-set",
                "project.investment-reported").stream()
                .map(type -> CONTRACT.exampleOfProject(codec, type, projectId)).toList();
    }

    private void applyAll(List<EventEnvelope> events) {
        events.forEach(event -> StepVerifier.create(projection.apply(event)).verifyComplete());
    }

    private ProjectFacts facts(String projectId) {
        return projection.all().filter(facts -> facts.projectId().equals(projectId)).blockFirst();
    }

    private static ProjectFacts withoutId(ProjectFacts facts) {
        return new ProjectFacts("-", facts.registered(), facts.name(), facts.district(), facts.sector(),
                facts.level(), facts.stage(), facts.totalInvestment(), facts.registeredOn(), facts.startedOn(),
                facts.completedOn(), facts.productionOn(), facts.plans(), facts.completed(),
                facts.physicalProgress());
    }
}

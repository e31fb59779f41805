package city.keyprojects.approval.cases.application;

import static city.keyprojects.approval.cases.web.ApprovalApi.CONSTRUCTION_PERMIT_ITEMS;
import static city.keyprojects.approval.cases.web.ApprovalApi.decision;
import static city.keyprojects.approval.cases.web.ApprovalApi.officerOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.domain.ApplicationForm;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalItem;
import city.keyprojects.approval.cases.domain.CaseStatus;
import city.keyprojects.approval.cases.domain.Decision;
import city.keyprojects.approval.cases.domain.DecisionCommand;
import city.keyprojects.approval.cases.domain.ItemState;
import city.keyprojects.approval.cases.web.ApprovalApi;
import city.keyprojects.approval.cases.web.ApprovalApiTest;
import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The four departments of a CONSTRUCTION_PERMIT case accept and then approve at the same moment, each sending
 * every decision twice on the same item version (a double click, two browser tabs): exactly one of each pair
 * wins, the other is refused as stale, no decision is lost or taken twice, and every event is published once,
 * numbered 1..n without gaps.
 */
@ApprovalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentDecisionsIntegrationTest {

    private static final ApplicationForm FORM = new ApplicationForm("张工", "0532-88886666",
            "新建生产厂房两栋", "平度市经济开发区", List.of());
    private static final String STALE = "StaleVersionException";
    private static final String WON = "won";

    @Autowired
    WebTestClient client;
    @Autowired
    KnownProjects projects;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;
    @Autowired
    OpeningApprovalStage opening;
    @Autowired
    DecidingApprovalItem deciding;
    @Autowired
    ApprovalCases cases;

    ApprovalApi api;

    @BeforeAll
    void api() {
        api = new ApprovalApi(client, projects, codec, json);
    }

    @AfterAll
    void close() {
        api.close();
    }

    @RepeatedTest(3)
    void departments_deciding_at_once_with_duplicates_lose_nothing_and_publish_each_event_once() throws Exception {
        String projectId = api.knownProject();
        String caseId = opening.open(projectId, ApprovalStage.CONSTRUCTION_PERMIT, FORM, TestIdentity.ENTERPRISE)
                .block(Duration.ofSeconds(10)).id();
        CountDownLatch start = new CountDownLatch(1);

        Mono<Map<String, List<List<String>>>> running = Flux.fromIterable(CONSTRUCTION_PERMIT_ITEMS.entrySet())
                .flatMap(department -> {
                    CurrentUser officer = officerOf(department.getKey());
                    String code = department.getValue();
                    return twice(start, () -> deciding.decide(caseId, code, 1, DecisionCommand.of(Decision.ACCEPT),
                            officer))
                            // Each department approves once its accept is through, while the others go on.
                            .flatMap(accepts -> twice(start, () -> deciding.decide(caseId, code, 2,
                                    DecisionCommand.of(Decision.APPROVE), officer))
                                    .map(approves -> Map.entry(code, List.of(accepts, approves))));
                }, 4)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .cache();
        running.subscribe();
        start.countDown();
        Map<String, List<List<String>>> outcomes = running.block(Duration.ofSeconds(60));

        assertThat(outcomes).hasSize(4);
        outcomes.forEach((code, pairs) -> pairs.forEach(pair -> assertThat(pair).as(code)
                .containsExactlyInAnyOrder(WON, STALE)));

        Stored<ApprovalCase> stored = cases.byId(caseId).block(Duration.ofSeconds(10));
        assertThat(stored.state().status()).isEqualTo(CaseStatus.COMPLETED);
        for (ApprovalItem item : stored.state().items()) {
            assertThat(item.state()).as(item.code()).isEqualTo(ItemState.APPROVED);
            assertThat(item.version()).as(item.code()).isEqualTo(3);
            assertThat(item.steps()).as(item.code()).extracting(step -> step.action())
                    .containsExactly("ACCEPT", "APPROVE");
        }
        expectEachEventOnceInOrder(projectId, caseId, stored.lastSequence());
    }

    @Test
    void duplicate_decisions_over_http_at_the_same_moment_are_one_200_and_one_409_stale() {
        String projectId = api.knownProject();
        String caseId = api.opened(projectId, "CONSTRUCTION_PERMIT").get("caseId").asString();

        Map<String, List<List<Integer>>> statuses = Flux.fromIterable(CONSTRUCTION_PERMIT_ITEMS.entrySet())
                .flatMap(department -> httpTwice(department.getKey(), caseId, department.getValue(), 1, "ACCEPT")
                        .flatMap(accepts -> httpTwice(department.getKey(), caseId, department.getValue(), 2,
                                "APPROVE").map(approves -> Map.entry(department.getValue(),
                                        List.of(accepts, approves)))), 4)
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .block(Duration.ofSeconds(60));

        assertThat(statuses).hasSize(4);
        statuses.forEach((code, pairs) -> pairs.forEach(pair -> assertThat(pair).as(code)
                .containsExactlyInAnyOrder(200, 409)));
        Stored<ApprovalCase> stored = cases.byId(caseId).block(Duration.ofSeconds(10));
        assertThat(stored.state().status()).isEqualTo(CaseStatus.COMPLETED);
        expectEachEventOnceInOrder(projectId, caseId, stored.lastSequence());
    }

    /** Opened, four accepted, four approved, the stage completed: each exactly once, numbered 1..10. */
    private void expectEachEventOnceInOrder(String projectId, String caseId, long lastSequence) {
        List<EventEnvelope> published = api.exactlyEvents(projectId, event -> caseId.equals(event.aggregateid()),
                10);
        assertThat(published.stream().collect(Collectors.groupingBy(EventEnvelope::type, Collectors.counting())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("approval.case-opened", 1L, "approval.item-accepted", 4L,
                        "approval.item-decided", 4L, "approval.stage-completed", 1L));
        assertThat(published).extracting(EventEnvelope::sequence).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 10).boxed().toList());
        assertThat(published).extracting(EventEnvelope::id).doesNotHaveDuplicates();
        assertThat(lastSequence).isEqualTo(10);
        // Published per aggregate in sequence order (one key, one partition).
        assertThat(published).extracting(EventEnvelope::sequence).isSorted();
        assertThat(published.get(published.size() - 1).type()).isEqualTo("approval.stage-completed");
        List<EventEnvelope> history = cases.history(caseId).collectList().block(Duration.ofSeconds(10));
        assertThat(history).extracting(EventEnvelope::id)
                .containsExactlyElementsOf(published.stream().map(EventEnvelope::id).toList());
        assertThat(published).filteredOn(event -> event.type().equals("approval.item-decided"))
                .extracting(event -> event.data().get("decision").asString()).containsOnly("APPROVE");
    }

    /** The same command twice at the same moment (once the gate opens); how each ended. */
    private static Mono<List<String>> twice(CountDownLatch start,
            java.util.function.Supplier<Mono<Stored<ApprovalCase>>> command) {
        Function<Integer, Mono<String>> attempt = i -> Mono.fromCallable(() -> start.await(30, TimeUnit.SECONDS))
                .subscribeOn(Schedulers.boundedElastic())
                .then(Mono.defer(command::get))
                .map(stored -> WON)
                .onErrorResume(error -> Mono.just(error.getClass().getSimpleName()));
        return Flux.merge(attempt.apply(1), attempt.apply(2)).collectList();
    }

    private Mono<List<Integer>> httpTwice(String department, String caseId, String code, long version,
            String decision) {
        Function<Integer, Mono<Integer>> attempt = i -> Mono.fromCallable(() -> api.decide(officerOf(department),
                caseId, code, decision(version, decision)).returnResult(String.class).getStatus().value())
                .subscribeOn(Schedulers.boundedElastic());
        return Flux.merge(attempt.apply(1), attempt.apply(2)).collectList();
    }
}

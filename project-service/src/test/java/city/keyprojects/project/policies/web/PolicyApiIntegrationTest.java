package city.keyprojects.project.policies.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.PublishedEvents;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.platform.testing.TestInfrastructure;
import city.keyprojects.project.policies.domain.Policy;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;
import tools.jackson.databind.JsonNode;

/** The policy catalogue over HTTP: publishing and matching, the published events, withdrawal, bad input. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class PolicyApiIntegrationTest {

    @Autowired
    WebTestClient client;
    @Autowired
    EventCodec codec;
    @Autowired
    AggregateStore<Policy> policies;

    WebTestClient centre;

    /**
     * The first four digits of this test's own prefecture ({@code 8xxx}: no other test registers projects in a
     * province 8x), so that other tests' projects never fit this test's policies.
     */
    String prefecture;

    /** Counted, not drawn: two tests of one run never share a prefecture. */
    private static final AtomicInteger PREFECTURES = new AtomicInteger(ThreadLocalRandom.current().nextInt(900));

    @BeforeEach
    void signIn() {
        centre = TestIdentity.shared().signedIn(client, TestIdentity.CENTRE);
        prefecture = "8" + (100 + PREFECTURES.getAndIncrement() % 900);
    }

    @Test
    void a_published_policy_is_pushed_to_exactly_the_projects_it_fits() {
        String atMinimum = register(prefecture + "02", "INDUSTRIAL", "PROVINCIAL_KEY", "100000000.00");
        String inRange = register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "500000000.00");
        String atMaximum = register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "2000000000.00");
        List<String> others = List.of(
                register(prefecture + "01", "LIVELIHOOD", "MUNICIPAL_KEY", "500000000.00"),
                register(prefecture + "01", "INDUSTRIAL", "DISTRICT_KEY", "500000000.00"),
                register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", null),
                register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "99999999.99"),
                register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "2000000000.01"),
                register(otherPrefecture() + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "500000000.00"),
                cancelledProject(prefecture + "01"));

        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            PolicyView published = centre.post().uri("/api/policies")
                    .header("X-Request-Id", "req-policy-1")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(policy(Map.of(
                            "sectors", List.of("INDUSTRIAL"),
                            "districts", List.of(prefecture + "00"),
                            "levels", List.of("PROVINCIAL_KEY", "MUNICIPAL_KEY"),
                            "minInvestment", "100000000.00",
                            "maxInvestment", "2000000000.00")))
                    .exchange()
                    .expectStatus().isCreated()
                    .expectHeader().value("Location", l -> assertThat(l).startsWith("/api/policies/"))
                    .expectBody(PolicyView.class).returnResult().getResponseBody();

            assertThat(published.matchedProjects()).isEqualTo(3);
            assertThat(published.withdrawn()).isFalse();
            assertThat(published.sectors()).containsExactly(Sector.INDUSTRIAL);
            assertThat(published.levels()).containsExactly(Level.PROVINCIAL_KEY, Level.MUNICIPAL_KEY);
            assertThat(published.minInvestment()).isEqualByComparingTo("100000000");

            EventEnvelope event = events.awaitEnvelopes(codec, published.id(), any -> true, 1).get(0);
            assertThat(event.type()).isEqualTo("project.policy-published");
            assertThat(event.subject()).isEqualTo(published.id());
            assertThat(event.aggregateid()).isEqualTo(published.id());
            assertThat(event.actorid()).isEqualTo("centre");
            assertThat(event.correlationid()).isEqualTo("req-policy-1");
            JsonNode data = event.data();
            assertThat(data.get("policyId").asString()).isEqualTo(published.id());
            assertThat(data.get("title").asString()).isEqualTo("工业企业技术改造设备投资奖补");
            assertThat(data.get("districts").get(0).asString()).isEqualTo(prefecture + "00");
            assertThat(data.get("minInvestment").asString()).isEqualTo("100000000.00");
            assertThat(data.get("validUntil").asString()).isEqualTo("2099-12-31");
            assertThat(data.get("projectIds").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyElementsOf(List.of(atMinimum, inRange, atMaximum).stream().sorted().toList())
                    .doesNotContainAnyElementsOf(others);
        }

        client.get().uri("/api/policies/{id}", "no-such-policy").exchange().expectStatus().isNotFound();
    }

    @Test
    void a_project_shows_the_current_policies_that_fit_it_and_a_withdrawn_one_disappears() {
        String industrial = register(prefecture + "01", "INDUSTRIAL", "MUNICIPAL_KEY", "500000000.00");
        String school = register(prefecture + "01", "LIVELIHOOD", "MUNICIPAL_KEY", "500000000.00");
        String forIndustry = publish(Map.of("sectors", List.of("INDUSTRIAL"), "districts",
                List.of(prefecture + "01")));

        // The catalogue and a project's policies are public: no token needed.
        assertThat(policyIdsOf("/api/projects/" + industrial + "/policies?size=100")).contains(forIndustry);
        assertThat(policyIdsOf("/api/projects/" + school + "/policies?size=100")).doesNotContain(forIndustry);
        client.get().uri("/api/policies/{id}", forIndustry).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.title").isEqualTo("工业企业技术改造设备投资奖补")
                .jsonPath("$.link").isEqualTo("https://gxj.example.gov.cn/zcwj/2025/001.html")
                .jsonPath("$.validUntil").isEqualTo("2099-12-31")
                .jsonPath("$.withdrawn").isEqualTo(false)
                .jsonPath("$.matchedProjects").doesNotExist();

        try (PublishedEvents events = new PublishedEvents(TestInfrastructure.shared().bootstrapServers(),
                "project.events.v1")) {
            centre.post().uri("/api/policies/{id}/withdrawal", forIndustry)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "被2025年新政策替代"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.withdrawn").isEqualTo(true)
                    .jsonPath("$.withdrawalReason").isEqualTo("被2025年新政策替代")
                    .jsonPath("$.withdrawnAt").isNotEmpty();
            // Withdrawing again changes nothing and publishes nothing.
            centre.post().uri("/api/policies/{id}/withdrawal", forIndustry)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "again"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.withdrawalReason").isEqualTo("被2025年新政策替代");

            List<EventEnvelope> mine = events.awaitEnvelopes(codec, forIndustry, any -> true, 2);
            assertThat(mine).extracting(EventEnvelope::type)
                    .containsExactly("project.policy-published", "project.policy-withdrawn");
            assertThat(mine.get(1).data().get("reason").asString()).isEqualTo("被2025年新政策替代");
            assertThat(mine.get(1).sequence()).isEqualTo(2);
            assertThat(events.drain(Duration.ofSeconds(1)).stream().filter(r -> forIndustry.equals(r.key())))
                    .hasSize(2);
        }

        assertThat(policyIdsOf("/api/projects/" + industrial + "/policies?size=100")).doesNotContain(forIndustry);
        assertThat(policyIdsOf("/api/policies?size=100")).doesNotContain(forIndustry);
        assertThat(policyIdsOf("/api/policies?size=100&includeWithdrawn=true")).contains(forIndustry);
    }

    @Test
    void the_catalogue_is_filtered_by_sector_newest_first_in_pages_of_at_most_100() {
        String forSchools = publish(Map.of("sectors", List.of("LIVELIHOOD")));
        String forEveryone = publish(Map.of());
        String forIndustry = publish(Map.of("sectors", List.of("INDUSTRIAL", "OTHER")));

        List<String> industrial = policyIdsOf("/api/policies?sector=INDUSTRIAL&size=100");
        assertThat(industrial).contains(forEveryone, forIndustry).doesNotContain(forSchools);
        assertThat(industrial.indexOf(forIndustry)).isLessThan(industrial.indexOf(forEveryone));
        client.get().uri("/api/policies?size=1").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(forIndustry)
                .jsonPath("$.total").value(total -> assertThat(((Number) total).longValue()).isGreaterThanOrEqualTo(3));
        client.get().uri("/api/policies?size=101").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/policies?sector=SPACE").exchange().expectStatus().isBadRequest();
        client.get().uri("/api/projects/{id}/policies?size=0", "any").exchange().expectStatus().isBadRequest();
    }

    @Test
    void unknown_policies_and_projects_are_404() {
        client.get().uri("/api/policies/no-such-policy").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").value(type -> assertThat((String) type).endsWith("/not-found"));
        centre.post().uri("/api/policies/no-such-policy/withdrawal").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "x")).exchange().expectStatus().isNotFound();
        client.get().uri("/api/projects/no-such-project/policies").exchange().expectStatus().isNotFound();
    }

    @Test
    void only_the_centre_publishes_and_withdraws() {
        long before = policyCount();
        for (var user : List.of(TestIdentity.LEADER, TestIdentity.OFFICER, TestIdentity.ZJJ_OFFICER,
                TestIdentity.ENTERPRISE)) {
            TestIdentity.shared().signedIn(client, user).post().uri("/api/policies")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(policy(Map.of()))
                    .exchange().expectStatus().isForbidden();
        }
        client.post().uri("/api/policies").contentType(MediaType.APPLICATION_JSON).bodyValue(policy(Map.of()))
                .exchange().expectStatus().isUnauthorized();
        assertThat(policyCount()).isEqualTo(before);

        String id = publish(Map.of());
        TestIdentity.shared().signedIn(client, TestIdentity.OFFICER).post().uri("/api/policies/{id}/withdrawal", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "x"))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/policies/{id}", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.withdrawn").isEqualTo(false);
    }

    @Test
    void bad_input_is_a_problem_response_and_stores_nothing() {
        long before = policyCount();
        String valid = json(policy(Map.of("sectors", List.of("INDUSTRIAL"), "minInvestment", "100.00",
                "maxInvestment", "200.00", "validFrom", "2025-01-01")));

        expectProblem("{\"title\": ", "unreadable-request");
        expectProblem("[1,2,3]", "unreadable-request");
        expectProblem(valid.replace("\"INDUSTRIAL\"", "\"SPACE_STATION\""), "unreadable-request");
        expectProblem(valid.replace("\"2025-01-01\"", "\"2025-13-01\""), "unreadable-request");
        expectProblem(valid.replace("\"100.00\"", "{\"$gt\": 0}"), "unreadable-request");
        // Server-owned fields cannot be set by a client.
        expectProblem(valid.replace("{", "{\"id\":\"chosen\","), "unreadable-request");
        expectProblem(valid.replace("{", "{\"withdrawn\":true,"), "unreadable-request");
        expectProblem(valid.replace("{", "{\"publishedAt\":\"2020-01-01T00:00:00Z\","), "unreadable-request");

        expectProblem(valid.replace("\"200.00\"", "\"99.99\""), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("maxInvestment");
        expectProblem(valid.replace("\"100.00\"", "\"-1.00\""), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("minInvestment");
        expectProblem(valid.replace("\"100.00\"", "\"100.001\""), "validation");
        expectProblem(valid.replace("\"200.00\"", "\"1e20\""), "validation");
        for (String link : List.of("http://gxj.example.gov.cn/a", "javascript:alert(1)", "not a url",
                "https:///no-host", "https://user:pw@example.gov.cn/")) {
            expectProblem(valid.replace("https://gxj.example.gov.cn/zcwj/2025/001.html", link), "validation")
                    .jsonPath("$.errors[0].field").isEqualTo("link");
        }
        expectProblem(valid.replace("工业企业技术改造设备投资奖补", "长".repeat(201)), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("title");
        expectProblem(valid.replace("\"2099-12-31\"", "\"2024-12-31\""), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("validUntil");
        expectProblem(json(policy(Map.of("validUntil", "2020-01-01"))), "validation")
                .jsonPath("$.errors[0].field").isEqualTo("validUntil")
                .jsonPath("$.errors[0].message").isEqualTo("must not be in the past");
        expectProblem(json(policy(Map.of("districts", List.of("37140")))), "validation");
        expectProblem(json(policy(Map.of("districts", List.of("^.*$")))), "validation");
        expectProblem("{\"issuer\":\"市工信局\",\"summary\":\"奖补\"}", "validation")
                .jsonPath("$.errors[0].field").isEqualTo("title");

        assertThat(policyCount()).isEqualTo(before);

        centre.post().uri("/api/policies/{id}/withdrawal", publish(Map.of()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "长".repeat(501)))
                .exchange().expectStatus().isBadRequest();
        centre.post().uri("/api/policies/{id}/withdrawal", publish(Map.of()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isBadRequest();
    }

    private Map<String, Object> policy(Map<String, Object> criteria) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "title", "工业企业技术改造设备投资奖补",
                "issuer", "市工业和信息化局",
                "summary", "对设备投资 1000 万元以上的技术改造项目，按设备投资额的 10% 给予奖补。",
                "link", "https://gxj.example.gov.cn/zcwj/2025/001.html",
                "validUntil", "2099-12-31"));
        body.putAll(criteria);
        return body;
    }

    private String json(Map<String, Object> body) {
        return codec.toTree(body).toString();
    }

    private String publish(Map<String, Object> criteria) {
        return centre.post().uri("/api/policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(policy(criteria)).exchange()
                .expectStatus().isCreated()
                .expectBody(PolicyView.class).returnResult().getResponseBody().id();
    }

    private String register(String district, String sector, String level, String investment) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "项目 " + UUID.randomUUID(),
                "district", district, "sector", sector, "level", level));
        if (investment != null) {
            body.put("totalInvestment", investment);
        }
        return centre.post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private String cancelledProject(String district) {
        String id = register(district, "INDUSTRIAL", "MUNICIPAL_KEY", "500000000.00");
        centre.post().uri("/api/projects/{id}/stage-changes", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1, "to", "CANCELLED", "reason", "企业撤资")).exchange()
                .expectStatus().isOk();
        return id;
    }

    private String otherPrefecture() {
        return prefecture.endsWith("9") ? prefecture.substring(0, 3) + "8" : prefecture.substring(0, 3) + "9";
    }

    private List<String> policyIdsOf(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk()
                .expectBody(PolicyPage.class).returnResult().getResponseBody()
                .items().stream().map(PolicyView::id).toList();
    }

    private long policyCount() {
        return policies.count(new Query()).block();
    }

    private WebTestClient.BodyContentSpec expectProblem(String body, String type) {
        return centre.post().uri("/api/policies").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").value(t -> assertThat((String) t).endsWith("/" + type))
                .jsonPath("$.detail").isNotEmpty();
    }
}

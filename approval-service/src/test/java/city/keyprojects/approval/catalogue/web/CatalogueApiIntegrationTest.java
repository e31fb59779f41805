package city.keyprojects.approval.catalogue.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.catalogue.domain.CatalogueRules;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue endpoints end to end. The catalogue is one for the whole service and the database is shared by the
 * test classes of the JVM, so versions are counted from the one current when a test starts; published versions
 * keep the default items (only names and notes change) so that other features' tests still see the default limits.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class CatalogueApiIntegrationTest {

    private static final String PROBLEMS = "https://key-projects.example.gov.cn/problems/";

    @Autowired
    WebTestClient client;
    @Autowired
    JsonMapper json;

    @Test
    void anyone_reads_the_current_catalogue_grouped_by_stage_and_version_1_is_the_default() {
        CatalogueView current = client.get().uri("/api/approvals/catalogue").exchange()
                .expectStatus().isOk()
                .expectBody(CatalogueView.class).returnResult().getResponseBody();

        assertThat(current.version()).isPositive();
        assertThat(current.stages()).extracting(CatalogueView.StageView::stage)
                .containsExactly(ApprovalStage.values());
        assertThat(current.stages()).extracting(CatalogueView.StageView::name)
                .containsExactly("立项用地规划许可", "工程建设许可", "施工许可", "竣工验收");
        assertThat(current.stages()).extracting(CatalogueView.StageView::jointAcceptance)
                .containsExactly(false, false, false, true);

        client.get().uri("/api/approvals/catalogue/versions/{version}", 1).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.publishedBy").isEqualTo("system")
                .jsonPath("$.note").value(note -> assertThat((String) note).contains("承诺时限"))
                .jsonPath("$.jointAcceptanceLimitWorkingDays").isEqualTo(5)
                .jsonPath("$.stages[2].stage").isEqualTo("CONSTRUCTION_PERMIT")
                .jsonPath("$.stages[2].items.length()").isEqualTo(4)
                .jsonPath("$.stages[2].items[3].code").isEqualTo("CONSTRUCTION_PERMIT_ISSUE")
                .jsonPath("$.stages[2].items[3].name").isEqualTo("建筑工程施工许可证核发")
                .jsonPath("$.stages[2].items[3].nameEn").isEqualTo("Construction permit")
                .jsonPath("$.stages[2].items[3].department").isEqualTo("spj")
                .jsonPath("$.stages[2].items[3].departmentName").isEqualTo("行政审批服务局")
                .jsonPath("$.stages[2].items[3].limitWorkingDays").isEqualTo(2)
                .jsonPath("$.stages[2].items[3].stage").doesNotExist();
    }

    @Test
    void the_centre_publishes_the_next_version_which_becomes_current_while_the_previous_stays_readable() {
        CatalogueView before = current();
        List<Map<String, Object>> items = items(before);
        items.get(0).put("nameEn", "Project approval or filing (enterprise investment)");
        items.get(0).put("name", "  企业投资项目核准（备案）  ");

        CatalogueView published = publish(TestIdentity.CENTRE, body(before.version(), items, "英文名称修订"))
                .expectStatus().isOk()
                .expectBody(CatalogueView.class).returnResult().getResponseBody();

        assertThat(published.version()).isEqualTo(before.version() + 1);
        assertThat(published.publishedBy()).isEqualTo(TestIdentity.CENTRE.id());
        assertThat(published.publishedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now());
        assertThat(published.note()).isEqualTo("英文名称修订");
        CatalogueView.ItemView first = published.stages().get(0).items().get(0);
        assertThat(first.nameEn()).isEqualTo("Project approval or filing (enterprise investment)");
        assertThat(first.name()).as("names are stored stripped").isEqualTo("企业投资项目核准（备案）");

        assertThat(anonymous("/api/approvals/catalogue")).isEqualTo(published);
        assertThat(anonymous("/api/approvals/catalogue/versions/" + before.version())).isEqualTo(before);
        assertThat(anonymous("/api/approvals/catalogue/versions/" + published.version())).isEqualTo(published);

        client.get().uri("/api/approvals/catalogue/versions?size=2").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.total").isEqualTo(published.version())
                .jsonPath("$.page").isEqualTo(0)
                .jsonPath("$.size").isEqualTo(2)
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].version").isEqualTo(published.version())
                .jsonPath("$.items[0].publishedBy").isEqualTo("centre")
                .jsonPath("$.items[0].note").isEqualTo("英文名称修订")
                .jsonPath("$.items[0].itemCount").isEqualTo(13)
                .jsonPath("$.items[1].version").isEqualTo(before.version());
        // The oldest version is last: the default.
        client.get().uri("/api/approvals/catalogue/versions?size=1&page={page}", published.version() - 1).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].version").isEqualTo(1)
                .jsonPath("$.items[0].publishedBy").isEqualTo("system");
    }

    @Test
    void a_publication_based_on_a_version_that_is_no_longer_current_is_refused_and_nothing_is_stored() {
        CatalogueView read = current();
        publish(TestIdentity.CENTRE, body(read.version(), items(read), "先发布的版本")).expectStatus().isOk();
        CatalogueView after = current();

        publish(TestIdentity.CENTRE, body(read.version(), items(read), "基于旧版本"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "stale-version");

        assertThat(current()).isEqualTo(after);
    }

    @Test
    void only_the_centre_publishes() {
        CatalogueView before = current();
        Map<String, Object> body = body(before.version(), items(before), "部门不能发布");

        for (CurrentUser user : List.of(TestIdentity.ZJJ_OFFICER, TestIdentity.LEADER, TestIdentity.OFFICER,
                TestIdentity.ENTERPRISE)) {
            publish(user, body).expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.put().uri("/api/approvals/catalogue").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isUnauthorized();

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void bad_input_is_a_400_problem_and_nothing_is_stored() {
        CatalogueView before = current();
        String valid = json.writeValueAsString(body(before.version(), items(before), "有效"));

        List<String> bodies = new ArrayList<>(List.of(
                "{\"basedOnVersion\": " + before.version() + ", \"items\": [",
                "[]",
                valid.replaceFirst("\"limitWorkingDays\":\\d+", "\"limitWorkingDays\":\"five\""),
                valid.replaceFirst("\"limitWorkingDays\":\\d+", "\"limitWorkingDays\":99999999999999"),
                valid.replaceFirst("\"basedOnVersion\":\\d+", "\"basedOnVersion\":\"latest\""),
                valid.replaceFirst("\"stage\":\"PROJECT_APPROVAL_AND_LAND_USE\"", "\"stage\":\"DEMOLITION\""),
                valid.replaceFirst("\"stage\":\"PROJECT_APPROVAL_AND_LAND_USE\"", "\"stage\":0"),
                valid.replaceFirst("\"items\":\\[", "\"items\":[null,"),
                valid.replaceFirst("\\{", "{\"version\":99,"),
                valid.replaceFirst("\\{", "{\"publishedBy\":\"someone\","),
                valid.replaceFirst("\"code\":\"PROJECT_APPROVAL_OR_FILING\"",
                        "\"code\":\"PROJECT_APPROVAL_OR_FILING\",\"id\":\"x\"")));
        bodies.add(json.writeValueAsString(without(body(before.version(), items(before), null), "basedOnVersion")));
        bodies.add(json.writeValueAsString(without(body(before.version(), items(before), null), "items")));
        bodies.add(json.writeValueAsString(
                without(body(before.version(), items(before), null), "jointAcceptanceLimitWorkingDays")));
        bodies.add(json.writeValueAsString(body(0, items(before), null)));
        bodies.add(json.writeValueAsString(body(-1, items(before), null)));
        bodies.add(json.writeValueAsString(body(before.version() + 5, items(before), null)));
        bodies.add(json.writeValueAsString(withJointLimit(body(before.version(), items(before), null), 0)));
        bodies.add(json.writeValueAsString(withJointLimit(body(before.version(), items(before), null), 61)));
        bodies.add(json.writeValueAsString(body(before.version(), items(before), "注".repeat(501))));
        for (Consumer<Map<String, Object>> change : List.<Consumer<Map<String, Object>>>of(
                item -> item.remove("code"),
                item -> item.remove("stage"),
                item -> item.remove("department"),
                item -> item.put("code", "fire acceptance"),
                item -> item.put("code", "AB"),
                item -> item.put("department", "ZJJ"),
                item -> item.put("name", "审".repeat(101)),
                item -> item.put("nameEn", " "),
                item -> item.put("departmentName", null),
                item -> item.put("limitWorkingDays", 0),
                item -> item.put("limitWorkingDays", 61),
                item -> item.put("limitWorkingDays", 100_000))) {
            List<Map<String, Object>> items = items(before);
            change.accept(items.get(0));
            bodies.add(json.writeValueAsString(body(before.version(), items, null)));
        }
        List<Map<String, Object>> tooMany = items(before);
        while (tooMany.size() <= CatalogueRules.MAX_ITEMS) {
            Map<String, Object> extra = new LinkedHashMap<>(tooMany.get(0));
            extra.put("code", "EXTRA_" + tooMany.size());
            tooMany.add(extra);
        }
        bodies.add(json.writeValueAsString(body(before.version(), tooMany, null)));

        for (String body : bodies) {
            client.put().uri("/api/approvals/catalogue")
                    .header("Authorization", TestIdentity.shared().bearer(TestIdentity.CENTRE))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                    .expectStatus().value(status -> assertThat(status).as(bodies.indexOf(body) + ": " + abbreviated(body)).isEqualTo(400))
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isNotEmpty();
        }
        assertThat(current()).isEqualTo(before);
        assertThat(totalVersions()).isEqualTo(before.version());
    }

    @Test
    void a_field_problem_names_the_field_of_the_body() {
        CatalogueView before = current();
        List<Map<String, Object>> items = items(before);
        items.get(2).put("limitWorkingDays", 61);
        items.get(3).put("department", "Zrj");
        publish(TestIdentity.CENTRE, body(before.version(), items, null))
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[*].field").value(fields -> assertThat((List<Object>) fields)
                        .containsExactlyInAnyOrder("items[2].limitWorkingDays", "items[3].department"));
    }

    @Test
    void items_that_do_not_fit_together_break_a_named_rule_and_nothing_is_stored() {
        CatalogueView before = current();

        List<Map<String, Object>> withoutAcceptance = items(before);
        withoutAcceptance.removeIf(item -> item.get("stage").equals("COMPLETION_ACCEPTANCE"));
        publish(TestIdentity.CENTRE, body(before.version(), withoutAcceptance, null))
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.type").isEqualTo(PROBLEMS + "rule-violation")
                .jsonPath("$.rule").isEqualTo(CatalogueRules.EVERY_STAGE_HAS_ITEMS);

        List<Map<String, Object>> twice = items(before);
        twice.get(1).put("code", twice.get(0).get("code"));
        publish(TestIdentity.CENTRE, body(before.version(), twice, null))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo(CatalogueRules.ITEM_CODES_UNIQUE);

        List<Map<String, Object>> renamed = items(before);
        renamed.get(1).put("departmentName", "自然资源局");
        publish(TestIdentity.CENTRE, body(before.version(), renamed, null))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.rule").isEqualTo(CatalogueRules.ONE_NAME_PER_DEPARTMENT);

        assertThat(current()).isEqualTo(before);
    }

    @Test
    void an_unknown_version_is_a_404_problem_and_a_version_that_is_no_number_a_400_problem() {
        client.get().uri("/api/approvals/catalogue/versions/{version}", 999_999).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("999999"));
        for (String notANumber : List.of("latest", "1.5", "99999999999999999999")) {
            client.get().uri("/api/approvals/catalogue/versions/{version}", notANumber).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        for (String query : List.of("size=0", "size=101", "page=-1", "size=ten")) {
            client.get().uri("/api/approvals/catalogue/versions?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private CatalogueView current() {
        return anonymous("/api/approvals/catalogue");
    }

    private CatalogueView anonymous(String path) {
        return client.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(CatalogueView.class).returnResult().getResponseBody();
    }

    private long totalVersions() {
        return ((Number) client.get().uri("/api/approvals/catalogue/versions").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("total")).longValue();
    }

    private WebTestClient.ResponseSpec publish(CurrentUser user, Map<String, Object> body) {
        return TestIdentity.shared().signedIn(client, user).put().uri("/api/approvals/catalogue")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The items of a version as the body of a publication lists them: flat, each naming its stage. */
    private static List<Map<String, Object>> items(CatalogueView view) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (CatalogueView.StageView stage : view.stages()) {
            for (CatalogueView.ItemView item : stage.items()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("code", item.code());
                line.put("name", item.name());
                line.put("nameEn", item.nameEn());
                line.put("stage", stage.stage().name());
                line.put("department", item.department());
                line.put("departmentName", item.departmentName());
                line.put("limitWorkingDays", item.limitWorkingDays());
                items.add(line);
            }
        }
        return items;
    }

    private static Map<String, Object> body(long basedOnVersion, List<Map<String, Object>> items, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("basedOnVersion", basedOnVersion);
        body.put("jointAcceptanceLimitWorkingDays", 5);
        body.put("note", note);
        body.put("items", items);
        return body;
    }

    private static Map<String, Object> without(Map<String, Object> body, String field) {
        body.remove(field);
        return body;
    }

    private static Map<String, Object> withJointLimit(Map<String, Object> body, int limit) {
        body.put("jointAcceptanceLimitWorkingDays", limit);
        return body;
    }
}

package city.keyprojects.project.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;

/** Finding projects: filters, text, order and pages, and who may filter by what. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectSearchIntegrationTest {

    @Autowired
    WebTestClient client;

    /** A district of this test's own, so that other tests' projects never match. */
    String district;

    @BeforeEach
    void threeProjectsInADistrict() {
        district = "9" + (10000 + ThreadLocalRandom.current().nextInt(89999));
        register("杨庄水库", "平原县水务局", null, "URBAN_CONSTRUCTION", "1500000000.00");
        register("激光雷达产业基地 (一期.*)", "某激光雷达公司", TestIdentity.ENTERPRISE.creditCode(), "INDUSTRIAL",
                "5000000000.00");
        String connector = register("连接器产业园", "绵阳某连接器公司", null, "INDUSTRIAL", "950000000.00");
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", connector)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("department", "市经信局", "officer", TestIdentity.OFFICER.id()))
                .exchange().expectStatus().isOk();
    }

    @Test
    void filters_combine_and_the_total_counts_every_match() {
        assertThat(names("district=" + district + "&sector=INDUSTRIAL", client))
                .containsExactlyInAnyOrder("激光雷达产业基地 (一期.*)", "连接器产业园");
        client.get().uri("/api/projects?district=" + district + "&sector=INDUSTRIAL&size=1").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(2).jsonPath("$.items.length()").isEqualTo(1);
        assertThat(names("district=" + district + "&stage=RESERVE&level=MUNICIPAL_KEY", client)).hasSize(3);
        assertThat(names("district=" + district + "&stage=COMPLETED", client)).isEmpty();
    }

    @Test
    void an_owner_name_hidden_from_the_public_is_not_found_by_the_public_but_by_staff() {
        String hidden = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"保密项目\",\"ownerName\":\"隐名投资公司\",\"hiddenFields\":[\"OWNER_NAME\"],"
                        + "\"district\":\"" + district + "\",\"sector\":\"OTHER\",\"level\":\"DISTRICT_KEY\"}")
                .exchange().expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();

        assertThat(names("district=" + district + "&text=隐名投资", client)).isEmpty();
        assertThat(names("district=" + district + "&text=隐名投资", as(TestIdentity.OTHER_ENTERPRISE))).isEmpty();
        assertThat(names("district=" + district + "&text=隐名投资", as(TestIdentity.LEADER)))
                .containsExactly("保密项目");
        client.get().uri("/api/projects/{id}", hidden).exchange()
                .expectBody().jsonPath("$.ownerName").doesNotExist().jsonPath("$.name").isEqualTo("保密项目");
    }

    @Test
    void text_matches_part_of_the_project_or_owner_name_literally_in_any_case() {
        assertThat(names("district=" + district + "&text=水务", client)).containsExactly("杨庄水库");
        assertThat(names("district=" + district + "&text=(一期.*)", client))
                .containsExactly("激光雷达产业基地 (一期.*)");
        assertThat(names("district=" + district + "&text=.*", client)).as("not a pattern")
                .containsExactly("激光雷达产业基地 (一期.*)");
    }

    @Test
    void pages_are_sorted_as_asked() {
        assertThat(names("district=" + district + "&sort=LARGEST_INVESTMENT", client))
                .containsExactly("激光雷达产业基地 (一期.*)", "杨庄水库", "连接器产业园");
        assertThat(names("district=" + district + "&sort=NEWEST", client))
                .containsExactly("连接器产业园", "激光雷达产业基地 (一期.*)", "杨庄水库");
        List<String> pageOne = names("district=" + district + "&sort=NAME&size=2&page=0", client);
        List<String> pageTwo = names("district=" + district + "&sort=NAME&size=2&page=1", client);
        assertThat(pageOne).hasSize(2);
        assertThat(pageTwo).hasSize(1).doesNotContainAnyElementsOf(pageOne);
    }

    @Test
    void staff_find_projects_by_officer_and_department_and_the_public_may_not() {
        assertThat(names("district=" + district + "&officer=officer", as(TestIdentity.LEADER)))
                .containsExactly("连接器产业园");
        assertThat(names("district=" + district + "&department=市经信局", as(TestIdentity.OFFICER)))
                .containsExactly("连接器产业园");
        client.get().uri("/api/projects?officer=officer").exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/forbidden");
        as(TestIdentity.OTHER_ENTERPRISE).get().uri("/api/projects?department=x").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void an_enterprise_lists_its_own_projects() {
        assertThat(names("district=" + district + "&mine=true", as(TestIdentity.ENTERPRISE)))
                .containsExactly("激光雷达产业基地 (一期.*)");
        assertThat(names("district=" + district + "&mine=true", as(TestIdentity.OTHER_ENTERPRISE))).isEmpty();
        as(TestIdentity.LEADER).get().uri("/api/projects?mine=true").exchange().expectStatus().isForbidden();
    }

    @Test
    void bad_search_parameters_are_problem_responses() {
        for (String query : List.of("sector=SPACE", "sort=OLDEST", "district=12", "size=0", "size=101", "page=-1",
                "text=" + "长".repeat(101), "mine=perhaps")) {
            client.get().uri("/api/projects?" + query).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        // A NUL once reached MongoDB inside the name pattern and failed there with a 500 (found by the fuzzer).
        for (String text : List.of("a\u0000b", "\n")) {
            client.get().uri(uri -> uri.path("/api/projects").queryParam("text", text).build()).exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("text");
        }
    }

    private List<String> names(String query, WebTestClient caller) {
        ProjectPage page = caller.get().uri("/api/projects?" + query).exchange()
                .expectStatus().isOk()
                .expectBody(ProjectPage.class).returnResult().getResponseBody();
        return page.items().stream().map(ProjectView::name).toList();
    }

    private String register(String name, String owner, String creditCode, String sector, String investment) {
        String credit = creditCode == null ? "" : "\"ownerCreditCode\":\"" + creditCode + "\",";
        return as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + name + "\",\"ownerName\":\"" + owner + "\"," + credit + "\"district\":\""
                        + district + "\",\"sector\":\"" + sector + "\",\"level\":\"MUNICIPAL_KEY\","
                        + "\"totalInvestment\":\"" + investment + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
    }

    private WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

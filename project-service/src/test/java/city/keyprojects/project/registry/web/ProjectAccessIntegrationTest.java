package city.keyprojects.project.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;

/**
 * Who may see and change which project, on the objects themselves (OWASP API1 and API3), and the audit trail
 * that records who did what. The project belongs to {@link TestIdentity#ENTERPRISE} and is assigned to
 * {@link TestIdentity#OFFICER}.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class ProjectAccessIntegrationTest {

    private static final String OWNER_CREDIT_CODE = TestIdentity.ENTERPRISE.creditCode();
    private static final String PROJECT = """
            {"name":"天府新区国际会展中心","ownerName":"某会展公司","ownerCreditCode":"%s",
             "district":"510116","sector":"URBAN_CONSTRUCTION","level":"PROVINCIAL_MAJOR","totalInvestment":"5000000000.00"}"""
            .formatted(OWNER_CREDIT_CODE);

    @Autowired
    WebTestClient client;

    String projectId;

    @BeforeEach
    void aProjectAssignedToAnOfficer() {
        projectId = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PROJECT).exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", projectId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("leader", "副市长", "department", "市发改委", "officer", TestIdentity.OFFICER.id(),
                        "serviceUnits", List.of("市自然资源局", "市住建局")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.responsibility.officer").isEqualTo("officer");
    }

    @Test
    void the_projects_officer_corrects_it_and_the_change_is_attributed_to_them() {
        as(TestIdentity.OFFICER).patch().uri("/api/projects/{id}", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 2, "totalInvestment", "5200000000.00"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.totalInvestment").isEqualTo(5200000000.00)
                .jsonPath("$.version").isEqualTo(3);

        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].type").isEqualTo("project.registered")
                .jsonPath("$[0].actor.id").isEqualTo("centre")
                .jsonPath("$[0].actor.role").isEqualTo("CITY_ADMIN")
                .jsonPath("$[1].type").isEqualTo("project.responsibility-assigned")
                .jsonPath("$[1].data.officer").isEqualTo("officer")
                .jsonPath("$[2].type").isEqualTo("project.updated")
                .jsonPath("$[2].actor.id").isEqualTo("officer")
                .jsonPath("$[2].actor.role").isEqualTo("PROJECT_OFFICER")
                .jsonPath("$[2].data.changed[0]").isEqualTo("totalInvestment")
                .jsonPath("$[2].requestId").isNotEmpty();
    }

    @Test
    void a_project_officer_cannot_edit_a_project_not_theirs() {
        as(TestIdentity.OTHER_OFFICER).patch().uri("/api/projects/{id}", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 2, "name", "被改名的项目"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/forbidden");

        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}", projectId).exchange()
                .expectBody()
                .jsonPath("$.name").isEqualTo("天府新区国际会展中心")
                .jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void another_enterprise_and_the_public_see_public_fields_only() {
        for (WebTestClient outsider : List.of(as(TestIdentity.OTHER_ENTERPRISE), client)) {
            outsider.get().uri("/api/projects/{id}", projectId).exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.visibility").isEqualTo("public")
                    .jsonPath("$.name").isEqualTo("天府新区国际会展中心")
                    .jsonPath("$.ownerCreditCode").doesNotExist()
                    .jsonPath("$.responsibility").doesNotExist()
                    .jsonPath("$.version").doesNotExist();
        }
        as(TestIdentity.ENTERPRISE).get().uri("/api/projects/{id}", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.visibility").isEqualTo("internal")
                .jsonPath("$.ownerCreditCode").isEqualTo(OWNER_CREDIT_CODE)
                .jsonPath("$.responsibility.officer").isEqualTo("officer");
        // The same in a page of projects: each item as its caller may see it.
        client.get().uri("/api/projects?size=100").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[*].ownerCreditCode").isEmpty();
    }

    @Test
    void an_enterprise_cannot_change_its_own_project_record_nor_read_its_audit_trail() {
        as(TestIdentity.ENTERPRISE).patch().uri("/api/projects/{id}", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("version", 2, "name", "x"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/role-not-allowed");
        as(TestIdentity.ENTERPRISE).get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void another_officer_cannot_read_the_audit_trail_and_a_leader_can() {
        as(TestIdentity.OTHER_OFFICER).get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/forbidden");
        as(TestIdentity.LEADER).get().uri("/api/projects/{id}/history", projectId).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void only_the_centre_assigns_responsibility() {
        as(TestIdentity.OFFICER).put().uri("/api/projects/{id}/responsibility", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("officer", "officer"))
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void server_owned_fields_cannot_be_set_through_a_correction() {
        for (String field : List.of("stage", "responsibility", "id", "ownerCreditCode")) {
            as(TestIdentity.CENTRE).patch().uri("/api/projects/{id}", projectId)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"version\":2,\"" + field + "\":\"COMPLETED\"}")
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains(field));
        }
        as(TestIdentity.CENTRE).get().uri("/api/projects/{id}", projectId).exchange()
                .expectBody().jsonPath("$.stage").isEqualTo("RESERVE").jsonPath("$.version").isEqualTo(2);
    }

    @Test
    void a_correction_to_a_version_that_moved_on_is_refused() {
        as(TestIdentity.CENTRE).patch().uri("/api/projects/{id}", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", 1, "name", "过时的修改"))
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://key-projects.example.gov.cn/problems/stale-version");
    }

    private WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

package city.keyprojects.project.milestones.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;

/**
 * Who may plan and record the milestones of which project (OWASP API1): the centre and the project's own officer;
 * not another officer, not the owner enterprise, not another enterprise.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class MilestoneAccessIntegrationTest {

    private static final String PROBLEMS = "https://key-projects.example.gov.cn/problems/";

    @Autowired
    WebTestClient client;

    final LocalDate today = LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
    String projectId;
    String startId;

    @BeforeEach
    void aProjectWithAPlannedStart() {
        projectId = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "平度市城区污水处理厂扩建", "ownerCreditCode",
                        TestIdentity.ENTERPRISE.creditCode(), "district", "370283", "sector", "URBAN_CONSTRUCTION",
                        "level", "DISTRICT_KEY"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("officer", TestIdentity.OFFICER.id()))
                .exchange().expectStatus().isOk();
        startId = plan(TestIdentity.CENTRE, today.plusDays(30)).expectStatus().isOk()
                .expectBody(MilestonesView.class).returnResult().getResponseBody().milestones().get(0).milestoneId();
    }

    @Test
    void another_officer_can_neither_plan_nor_record_the_milestones() {
        plan(TestIdentity.OTHER_OFFICER, today.plusDays(60))
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "forbidden");
        reach(TestIdentity.OTHER_OFFICER)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "forbidden");

        expectUnchanged();
    }

    @Test
    void an_enterprise_even_the_owner_cannot_change_milestones() {
        for (CurrentUser enterprise : List.of(TestIdentity.ENTERPRISE, TestIdentity.OTHER_ENTERPRISE)) {
            plan(enterprise, today.plusDays(60))
                    .expectStatus().isForbidden()
                    .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "role-not-allowed");
            reach(enterprise).expectStatus().isForbidden();
        }
        expectUnchanged();
    }

    @Test
    void the_projects_own_officer_may_plan_and_record() {
        plan(TestIdentity.OFFICER, today.plusDays(60)).expectStatus().isOk()
                .expectBody().jsonPath("$.version").isEqualTo(2);
        reach(TestIdentity.OFFICER).expectStatus().isOk()
                .expectBody().jsonPath("$.milestones[0].actualDate").isEqualTo(today.toString());
    }

    private void expectUnchanged() {
        client.get().uri("/api/projects/{id}/milestones", projectId).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.version").isEqualTo(1)
                .jsonPath("$.milestones[0].plannedDate").isEqualTo(today.plusDays(30).toString())
                .jsonPath("$.milestones[0].actualDate").doesNotExist();
    }

    private WebTestClient.ResponseSpec plan(CurrentUser user, LocalDate start) {
        long version = user == TestIdentity.CENTRE ? 0 : 1;
        return as(user).put().uri("/api/projects/{id}/milestones", projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", version,
                        "milestones", List.of(Map.of("kind", "START", "plannedDate", start.toString()))))
                .exchange();
    }

    private WebTestClient.ResponseSpec reach(CurrentUser user) {
        return as(user).post().uri("/api/projects/{id}/milestones/{m}/reached", projectId, startId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("actualDate", today.toString()))
                .exchange();
    }

    private WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }
}

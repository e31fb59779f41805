package city.keyprojects.project.investment.web;

import static city.keyprojects.project.investment.web.InvestmentProjects.plan;
import static city.keyprojects.project.investment.web.InvestmentProjects.report;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.PlatformIntegrationTest;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.project.investment.domain.InvestmentPlan;

/**
 * Who may plan, report and read which project's investment, on the project itself: the project is owned by
 * {@link TestIdentity#ENTERPRISE} and assigned to {@link TestIdentity#OFFICER}.
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class InvestmentAccessIntegrationTest {

    private static final String FORBIDDEN = "https://key-projects.example.gov.cn/problems/forbidden";
    private static final String ROLE_NOT_ALLOWED = "https://key-projects.example.gov.cn/problems/role-not-allowed";

    @Autowired
    WebTestClient client;
    @Autowired
    AggregateStore<InvestmentPlan> plans;

    InvestmentProjects projects;
    String projectId;

    @BeforeEach
    void aProjectWithItsOfficer() {
        projects = new InvestmentProjects(client);
        projectId = projects.registerAssignedProject();
    }

    @Test
    void another_projects_officer_may_not_report_on_it() {
        putReport(TestIdentity.OTHER_OFFICER)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(FORBIDDEN);
        assertThat(plans.find(projectId).blockOptional()).isEmpty();
    }

    @Test
    void the_centre_may_report_for_the_officer_and_it_is_recorded_as_theirs() {
        putReport(TestIdentity.CENTRE)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.revisions[0].submittedBy").isEqualTo("centre");
    }

    @Test
    void enterprises_may_not_report_and_officers_may_not_plan() {
        putReport(TestIdentity.ENTERPRISE)
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ROLE_NOT_ALLOWED);
        projects.as(TestIdentity.OFFICER).put().uri("/api/projects/{id}/annual-plans/2025", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan(0, "12.00", "1.00")).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(ROLE_NOT_ALLOWED);
        assertThat(plans.find(projectId).blockOptional()).isEmpty();
    }

    @Test
    void the_owner_enterprise_and_staff_read_the_reports_and_another_enterprise_does_not() {
        putReport(TestIdentity.OFFICER).expectStatus().isOk();

        for (CurrentUser reader : new CurrentUser[] { TestIdentity.ENTERPRISE, TestIdentity.LEADER,
                TestIdentity.ZJJ_OFFICER, TestIdentity.OTHER_OFFICER, TestIdentity.CENTRE }) {
            projects.as(reader).get().uri("/api/projects/{id}/investment?year=2025", projectId).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.months[0].revision").isEqualTo(1);
            projects.as(reader).get().uri("/api/projects/{id}/monthly-reports/2025-01", projectId).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.revisions[0].narrative").isEqualTo("主体结构施工，完成3号厂房封顶");
        }
        WebTestClient other = projects.as(TestIdentity.OTHER_ENTERPRISE);
        other.get().uri("/api/projects/{id}/investment?year=2025", projectId).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(FORBIDDEN);
        other.get().uri("/api/projects/{id}/monthly-reports/2025-01", projectId).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(FORBIDDEN);
        client.get().uri("/api/projects/{id}/investment", projectId).exchange()
                .expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec putReport(CurrentUser user) {
        return projects.as(user).put().uri("/api/projects/{id}/monthly-reports/2025-01", projectId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(report(0, "1.00", "10")).exchange();
    }
}

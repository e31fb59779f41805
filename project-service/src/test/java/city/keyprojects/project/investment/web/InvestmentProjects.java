package city.keyprojects.project.investment.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.testing.TestIdentity;
import city.keyprojects.project.registry.web.ProjectView;

/**
 * Sets up what the investment tests work on, through the registry's API: a project of 50亿 total investment
 * owned by {@link TestIdentity#ENTERPRISE} and assigned to {@link TestIdentity#OFFICER}.
 */
final class InvestmentProjects {

    static final String TOTAL_INVESTMENT = "5000000000.00";

    private final WebTestClient client;

    InvestmentProjects(WebTestClient client) {
        // The first requests after the application started can take longer than the default 5 s on a busy machine.
        this.client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    String registerAssignedProject() {
        String id = as(TestIdentity.CENTRE).post().uri("/api/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name":"德州某新能源装备产业园","ownerName":"某新能源装备公司","ownerCreditCode":"%s",
                         "district":"371400","sector":"INDUSTRIAL","level":"MUNICIPAL_KEY","totalInvestment":"%s"}"""
                        .formatted(TestIdentity.ENTERPRISE.creditCode(), TOTAL_INVESTMENT))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(ProjectView.class).returnResult().getResponseBody().id();
        as(TestIdentity.CENTRE).put().uri("/api/projects/{id}/responsibility", id)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("leader", "副市长", "department", "市发改委", "officer", TestIdentity.OFFICER.id(),
                        "serviceUnits", List.of("市住建局")))
                .exchange()
                .expectStatus().isOk();
        return id;
    }

    WebTestClient as(CurrentUser user) {
        return TestIdentity.shared().signedIn(client, user);
    }

    static String report(int revision, String completed, String progress) {
        return """
                {"revision":%d,"completedInvestment":"%s","physicalProgress":%s,"narrative":"主体结构施工，完成3号厂房封顶"}"""
                .formatted(revision, completed, progress);
    }

    static String plan(int revision, String annual, String monthly) {
        return """
                {"revision":%d,"annualAmount":"%s","monthlyAmounts":[%s]}"""
                .formatted(revision, annual, String.join(",", Collections.nCopies(12, "\"" + monthly + "\"")));
    }
}

package city.keyprojects.issue.tickets.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import city.keyprojects.platform.testing.ForeignEvents;
import city.keyprojects.platform.testing.ServiceApi;
import city.keyprojects.platform.testing.TestIdentity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the ticket tests share: known projects, the ticket endpoints as each user calls them, and the events
 * published on {@code issue.events.v1}.
 */
public final class IssueApi extends ServiceApi {

    public static final String TOPIC = "issue.events.v1";
    public static final String LEADER_NAME = "王副市长";

    private final KnownProjects projects;

    public IssueApi(WebTestClient client, KnownProjects projects, EventCodec codec, JsonMapper json) {
        super(client, codec, json, TOPIC);
        this.projects = projects;
    }

    public static CurrentUser officerOf(String department) {
        return TestIdentity.user(department + "-officer", Role.DEPT_OFFICER, department, null);
    }

    public static LocalDate today() {
        return LocalDate.now(PlatformAutoConfiguration.CITY_ZONE);
    }

    /**
     * A fresh project of {@link TestIdentity#ENTERPRISE} with {@link TestIdentity#OFFICER} as its officer and
     * {@link #LEADER_NAME} as its responsible leader, learned as from project-service's events.
     */
    public String knownProject() {
        String projectId = UUID.randomUUID().toString();
        var registered = json.createObjectNode()
                .put("projectId", projectId)
                .put("name", "德州市新能源装备产业园")
                .put("district", "371402")
                .put("sector", "INDUSTRIAL")
                .put("ownerCreditCode", TestIdentity.ENTERPRISE.creditCode());
        projects.apply(ForeignEvents.envelope("/project-service", "project.registered", projectId, 1, registered))
                .block(Duration.ofSeconds(10));
        var assigned = json.createObjectNode().put("projectId", projectId).put("leader", LEADER_NAME)
                .put("department", "市经信局").put("officer", TestIdentity.OFFICER.id());
        projects.apply(ForeignEvents.envelope("/project-service", "project.responsibility-assigned", projectId, 2,
                assigned)).block(Duration.ofSeconds(10));
        return projectId;
    }

    public static Map<String, Object> problem(String projectId, String category, String severity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        body.put("category", category);
        body.put("severity", severity);
        body.put("title", "施工便道未打通");
        body.put("description", "项目东侧进场道路尚未硬化，重型车辆无法进场，影响主体施工。");
        body.put("attachments", List.of(Map.of("name", "现场照片", "url", "https://files.example.gov.cn/p/1.jpg")));
        return body;
    }

    public ResponseSpec report(CurrentUser user, Object body) {
        return as(user).post().uri("/api/issues/tickets").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    /** A ticket the enterprise reported on the project (201). */
    public JsonNode reported(String projectId, String category, String severity) {
        return body(report(TestIdentity.ENTERPRISE, problem(projectId, category, severity)).expectStatus()
                .isCreated());
    }

    public JsonNode ticket(String ticketId) {
        return body(as(TestIdentity.CENTRE).get().uri("/api/issues/tickets/{id}", ticketId).exchange()
                .expectStatus().isOk());
    }

    public long version(String ticketId) {
        return ticket(ticketId).get("version").asLong();
    }

    /** A command on the ticket ({@code assignment}, {@code handling}, {@code answer}, ...) with these fields. */
    public ResponseSpec command(CurrentUser user, String ticketId, String command, Map<String, Object> body) {
        return as(user).post().uri("/api/issues/tickets/{id}/{command}", ticketId, command)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The command on the ticket's current version, expected to succeed; the ticket after it. */
    public JsonNode done(CurrentUser user, String ticketId, String command, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", version(ticketId));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body(command(user, ticketId, command, body).expectStatus().isOk());
    }

    /** The ticket handed by the centre to {@code department} (its officer as handler) and started on there. */
    public JsonNode inProgress(String ticketId, String department) {
        done(TestIdentity.CENTRE, ticketId, "assignment", "department", department, "handler",
                officerOf(department).id());
        return done(officerOf(department), ticketId, "handling");
    }

    public JsonNode get(CurrentUser user, String uri, Object... variables) {
        return body(as(user).get().uri(uri, variables).exchange().expectStatus().isOk());
    }
}

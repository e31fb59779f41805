package city.keyprojects.issue.tickets.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import city.keyprojects.issue.projects.application.KnownProjects;
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

    /**
     * A fresh project of {@link TestIdentity#ENTERPRISE} with {@link TestIdentity#OFFICER} as its officer and
     * {@link #LEADER_NAME} as its responsible leader, learned as from project-service's events.
     */
    public String knownProject() {
        return knownProject(TestIdentity.ENTERPRISE);
    }

    /** A fresh project like {@link #knownProject()}, owned by the enterprise {@code owner} speaks for. */
    public String knownProject(CurrentUser owner) {
        String projectId = UUID.randomUUID().toString();
        var registered = json.createObjectNode()
                .put("projectId", projectId)
                .put("name", "德州市新能源装备产业园")
                .put("district", "371402")
                .put("sector", "INDUSTRIAL")
                .put("ownerCreditCode", owner.creditCode());
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

    /** An account of an enterprise no other test knows, so that what it sees is only what the test made. */
    public static CurrentUser freshEnterprise() {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 18).toUpperCase();
        return TestIdentity.user("enterprise-" + code, Role.ENTERPRISE, null, code);
    }

    /** A GET whose outcome the test checks itself (a problem, say). */
    public ResponseSpec fetch(CurrentUser user, String uri, Object... variables) {
        return as(user).get().uri(uri, variables).exchange();
    }

    /** A POST of {@code body} sent as it is, malformed or not. */
    public ResponseSpec postRaw(CurrentUser user, String uri, String body, Object... variables) {
        return as(user).post().uri(uri, variables).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange();
    }

    /** The ticket ids of a page's items, or of a list of tickets. */
    public static List<String> ticketIds(JsonNode pageOrList) {
        JsonNode tickets = pageOrList.has("items") ? pageOrList.get("items") : pageOrList;
        List<String> ids = new ArrayList<>();
        tickets.forEach(ticket -> ids.add(ticket.get("ticketId").asString()));
        return ids;
    }

    /** The ticket ids of every page of the list at {@code uri} (which may carry its own query), as the user sees it. */
    public List<String> allTicketIds(CurrentUser user, String uri, Object... variables) {
        List<String> ids = new ArrayList<>();
        JsonNode found;
        int page = 0;
        do {
            found = get(user, uri + (uri.contains("?") ? "&" : "?") + "size=100&page=" + page++, variables);
            ids.addAll(ticketIds(found));
        } while (!found.get("items").isEmpty() && ids.size() < found.get("total").asLong());
        return ids;
    }

    /** Every ticket of the project, as the centre sees them. */
    public List<String> ticketsOf(String projectId) {
        return ticketIds(get(TestIdentity.CENTRE, "/api/issues/projects/{id}/tickets?size=100", projectId));
    }

    /** The ticket answered by {@code department} after being handed to it and started on. */
    public JsonNode answered(String ticketId, String department) {
        inProgress(ticketId, department);
        return done(officerOf(department), ticketId, "answer", "answer", "已办结");
    }
}

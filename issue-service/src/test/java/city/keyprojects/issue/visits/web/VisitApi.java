package city.keyprojects.issue.visits.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
 * What the visit tests share: known projects, the endpoints as each user calls them, answers as JSON and the
 * events published on {@code issue.events.v1}. The database is shared, so each test uses fresh projects and
 * leaders.
 */
final class VisitApi extends ServiceApi {

    static final String TOPIC = "issue.events.v1";
    static final String VISITS = "/api/issues/visits";

    private final KnownProjects projects;

    VisitApi(WebTestClient client, KnownProjects projects, EventCodec codec, JsonMapper json) {
        super(client, codec, json, TOPIC);
        this.projects = projects;
    }

    /** A city leader of their own, so that counts of other tests never mix in. */
    static CurrentUser freshLeader() {
        return TestIdentity.user("leader-" + UUID.randomUUID(), Role.LEADER, null, null);
    }

    /** A fresh project, learned as from project-service's {@code project.registered}. */
    String knownProject() {
        String projectId = UUID.randomUUID().toString();
        var registered = json.createObjectNode().put("projectId", projectId).put("name", "经开区连接器产业园项目")
                .put("district", "510703").put("sector", "INDUSTRIAL");
        projects.apply(ForeignEvents.envelope("/project-service", "project.registered", projectId, 1, registered))
                .block(Duration.ofSeconds(10));
        return projectId;
    }

    /** A site visit yesterday on the projects, with one problem raised and one solved; {@code more} adds fields. */
    static Map<String, Object> visit(List<String> projectIds, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "SITE_VISIT");
        body.put("projectIds", projectIds);
        body.put("date", today().minusDays(1).toString());
        body.put("participants", List.of("王副市长", "住建局张局长"));
        body.put("summary", "现场查看清表交地进度，协调施工道路进场");
        body.put("problemsRaised", List.of(Map.of("description", "施工道路未打通")));
        body.put("problemsSolved", List.of(Map.of("description", "临时用电已接通", "ticketId", "T-2026-0007")));
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    ResponseSpec log(CurrentUser user, Object body) {
        return as(user).post().uri(VISITS).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The visit logged (201). */
    JsonNode logged(CurrentUser user, Object body) {
        return body(log(user, body).expectStatus().isCreated());
    }

    ResponseSpec get(CurrentUser user, String uri, Object... variables) {
        return as(user).get().uri(uri, variables).exchange();
    }

    JsonNode read(String uri, Object... variables) {
        return body(get(TestIdentity.CENTRE, uri, variables).expectStatus().isOk());
    }

    /** Asserts that no visit on the project was stored and no event published about it. */
    void expectNothingStored(String projectId) {
        assertThat(read(VISITS + "?projectId={id}", projectId).get("total").asLong()).isZero();
        exactlyEvents(projectId, event -> true, 0);
    }
}

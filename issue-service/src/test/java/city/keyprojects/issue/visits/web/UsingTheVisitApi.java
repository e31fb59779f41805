package city.keyprojects.issue.visits.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.issue.IssueApiTest;
import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import tools.jackson.databind.json.JsonMapper;

/** What every HTTP test of the visits starts from: the running service and a {@link VisitApi}. */
@IssueApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UsingTheVisitApi {

    @Autowired
    WebTestClient client;
    @Autowired
    KnownProjects projects;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    VisitApi api;

    @BeforeAll
    void api() {
        api = new VisitApi(client, projects, codec, json);
    }

    @AfterAll
    void close() {
        api.close();
    }
}

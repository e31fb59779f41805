package city.keyprojects.issue.tickets.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.issue.IssueApiTest;
import city.keyprojects.issue.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.testing.MovableClock;
import tools.jackson.databind.json.JsonMapper;

/** What every HTTP test of the tickets starts from: the running service, its clock and an {@link IssueApi}. */
@IssueApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class UsingTheIssueApi {

    @Autowired
    protected WebTestClient client;
    @Autowired
    protected KnownProjects projects;
    @Autowired
    protected EventCodec codec;
    @Autowired
    protected JsonMapper json;
    @Autowired
    protected MovableClock clock;

    protected IssueApi api;

    @BeforeAll
    protected void api() {
        api = new IssueApi(client, projects, codec, json);
    }

    @AfterAll
    protected void close() {
        api.close();
        clock.reset();
    }
}

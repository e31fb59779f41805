package city.keyprojects.approval.cases.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.events.EventCodec;
import tools.jackson.databind.json.JsonMapper;

/** What every HTTP test of the approval cases starts from: the running service and an {@link ApprovalApi}. */
@ApprovalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class UsingTheApprovalApi {

    @Autowired
    WebTestClient client;
    @Autowired
    KnownProjects projects;
    @Autowired
    EventCodec codec;
    @Autowired
    JsonMapper json;

    ApprovalApi api;

    @BeforeAll
    void api() {
        api = new ApprovalApi(client, projects, codec, json);
    }

    @AfterAll
    void close() {
        api.close();
    }
}

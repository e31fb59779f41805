package city.keyprojects.project;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.AuthorizationMatrix;
import city.keyprojects.platform.testing.PlatformIntegrationTest;

/** Every endpoint of the project service × every role and anonymous, as {@link ProjectAccessRules} says. */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
class AuthorizationMatrixTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WebTestClient client;

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        return AuthorizationMatrix.check(context, client);
    }
}

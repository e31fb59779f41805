package city.keyprojects.platform.testing;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service's authorization-matrix test: extend it once in the service's tests, and every endpoint × every role
 * and anonymous is checked against the service's access table ({@link AuthorizationMatrix}).
 */
@PlatformIntegrationTest
@AutoConfigureWebTestClient
public abstract class ServiceAuthorizationMatrix {

    @Autowired
    ApplicationContext context;
    @Autowired
    WebTestClient client;

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRole() {
        return AuthorizationMatrix.check(context, client);
    }
}

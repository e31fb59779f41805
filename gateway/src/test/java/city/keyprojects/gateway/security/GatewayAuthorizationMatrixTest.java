package city.keyprojects.gateway.security;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.gateway.support.DemoLogins;
import city.keyprojects.platform.testing.AuthorizationMatrix;

/**
 * Every endpoint of the gateway × every role and anonymous, as {@link GatewayAccessRules} says, with tokens from
 * the gateway's own login. The services behind the routes are not running: an allowed call gets as far as the
 * route (and its 503 fallback); a refused one stops at the gateway.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gateway.rate-limit.enabled=false",
        "PROJECT_SERVICE_URI=http://localhost:9", "APPROVAL_SERVICE_URI=http://localhost:9",
        "ISSUE_SERVICE_URI=http://localhost:9", "REPORTING_SERVICE_URI=http://localhost:9" })
@AutoConfigureWebTestClient
class GatewayAuthorizationMatrixTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WebTestClient client;
    @Autowired
    GatewayProperties gateway;

    @TestFactory
    Stream<DynamicTest> every_endpoint_for_every_role() {
        DemoLogins logins = new DemoLogins(client);
        // Served by the routes and by static resources rather than by controllers.
        Set<String> served = new HashSet<>(Set.of("GET /**"));
        for (String path : GatewayAccessRules.routedPaths(gateway)) {
            served.add("GET " + path);
            GatewayAccessRules.CHANGES.forEach(method -> served.add(method.name() + ' ' + path));
        }
        return AuthorizationMatrix.check(context, client, served, logins::bearer);
    }
}

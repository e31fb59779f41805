package city.keyprojects.local;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Bad input for every endpoint of a platform that is already running with its usual ports (the services'
 * OpenAPI documents on 8081-8084): {@code ./mvnw -o verify -pl deploy/local -Dit.test=GatewayFuzzingIT
 * -Dportal.gateway=http://localhost:8080}. It registers one project, case and ticket there. The full system test
 * ({@link LocalPlatformSystemIT}) runs the same fuzzer on a fresh platform.
 */
@EnabledIfSystemProperty(named = "portal.gateway", matches = "https?://.+")
class GatewayFuzzingIT {

    @Test
    void everyEndpointAnswersBadInputWithAProblemAndStoresNothing() throws Exception {
        String gateway = System.getProperty("portal.gateway");
        String host = gateway.replaceFirst(":\\d+/?$", "");
        new GatewayFuzzer(gateway, new GatewayCalls(), List.of(host + ":8081", host + ":8082", host + ":8083",
                host + ":8084", gateway)).fuzzEveryEndpoint();
    }
}

package city.keyprojects.gateway.support;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.security.Role;

/**
 * Signs in through the gateway's own login endpoint as the demo accounts of application.yml, and keeps the tokens
 * (a bcrypt check costs a quarter of a second; the matrix needs a token per role).
 */
public final class DemoLogins {

    private final WebTestClient client;
    private final Map<Role, String> bearers = new EnumMap<>(Role.class);

    public DemoLogins(WebTestClient client) {
        this.client = client;
    }

    /** {@code Bearer <token>} of the demo account holding the role. */
    public synchronized String bearer(Role role) {
        return bearers.computeIfAbsent(role, r -> switch (r) {
            case CITY_ADMIN -> login("centre", "demo-centre");
            case LEADER -> login("leader", "demo-leader");
            case DEPT_OFFICER -> login("zjj-officer", "demo-dept");
            case PROJECT_OFFICER -> login("officer", "demo-officer");
            case ENTERPRISE -> login("enterprise", "demo-enterprise");
        });
    }

    private String login(String username, String password) {
        Map<?, ?> tokens = client.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return "Bearer " + tokens.get("access_token");
    }
}

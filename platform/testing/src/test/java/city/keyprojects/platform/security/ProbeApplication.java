package city.keyprojects.platform.security;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The smallest application of the platform: what its security does, free of any service's own rules. */
@SpringBootApplication
class ProbeApplication {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                endpoint(HttpMethod.GET, "/api/probe/public").anyone(),
                endpoint(HttpMethod.GET, "/api/probe/me").anyUser(),
                endpoint(HttpMethod.POST, "/api/probe/admin").roles(Role.CITY_ADMIN));
    }

    @RestController
    static class ProbeController {

        @GetMapping("/api/probe/public")
        Map<String, Object> open(CurrentUser user) {
            return Map.of("anonymous", user.isAnonymous());
        }

        @GetMapping("/api/probe/me")
        CurrentUser me(CurrentUser user) {
            return user;
        }

        @PostMapping("/api/probe/admin")
        Map<String, String> admin(CurrentUser user) {
            return Map.of("actor", user.actor().id(), "role", user.actor().role());
        }

        /** Mapped, but no rule in the table: refused to everyone. */
        @GetMapping("/api/probe/forgotten")
        String forgotten() {
            return "should never be served";
        }
    }
}

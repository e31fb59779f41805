package city.keyprojects.gateway.security;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import java.util.ArrayList;
import java.util.List;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;
import city.keyprojects.platform.security.Role;

/**
 * The gateway's wall, in front of each service's own: a request with a bad token stops here (401), and so does an
 * anonymous change. Reads are let through to the service, which decides what each caller may see (the public
 * sees public fields). The routed paths come from the routes in application.yml, so a new route is covered.
 */
@Configuration(proxyBeanMethods = false)
class GatewayAccessRules {

    static final List<HttpMethod> CHANGES = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    @Bean
    AccessRules accessRules(GatewayProperties gateway) {
        List<AccessRules.Rule> rules = new ArrayList<>(List.of(
                // The local token service (absent when an OIDC provider issues the tokens).
                endpoint(HttpMethod.POST, "/api/auth/login").anyone(),
                endpoint(HttpMethod.POST, "/api/auth/refresh").anyone(),
                endpoint(HttpMethod.POST, "/api/auth/logout").anyone(),
                endpoint(HttpMethod.GET, "/.well-known/jwks.json").anyone(),
                endpoint(HttpMethod.GET, "/api/auth/accounts").roles(Role.CITY_ADMIN),
                // What the portal needs to know of its deployment (the map's tile server).
                endpoint(HttpMethod.GET, "/portal/config.json").anyone()));
        for (String path : routedPaths(gateway)) {
            rules.add(endpoint(HttpMethod.GET, path).anyone());
            for (HttpMethod change : CHANGES) {
                rules.add(endpoint(change, path).anyUser());
            }
        }
        // Routes forward here when a service is unavailable; called directly it answers 404.
        rules.add(endpoint(HttpMethod.GET, "/fallback/{service}").anyone());
        for (HttpMethod change : CHANGES) {
            rules.add(endpoint(change, "/fallback/{service}").anyone());
        }
        // Everything else that is read: the start page (the city portal, issue 8), the API description, and a
        // 404 for what is not served (the actuator included: it has a port of its own).
        rules.add(endpoint(HttpMethod.GET, "/**").anyone());
        return AccessRules.of(rules.toArray(AccessRules.Rule[]::new));
    }

    /** The path patterns of every route's {@code Path=} predicate. */
    static List<String> routedPaths(GatewayProperties gateway) {
        return gateway.getRoutes().stream()
                .flatMap(route -> route.getPredicates().stream())
                .filter(predicate -> predicate.getName().equals("Path"))
                .map(PredicateDefinition::getArgs)
                .flatMap(args -> args.values().stream())
                .flatMap(value -> List.of(value.split(",")).stream())
                .map(String::strip)
                .toList();
    }
}

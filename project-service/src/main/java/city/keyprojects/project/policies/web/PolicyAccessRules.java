package city.keyprojects.project.policies.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may call which endpoint of the policy catalogue; combined with the service's other tables. */
@Configuration(proxyBeanMethods = false)
class PolicyAccessRules {

    @Bean
    AccessRules policyEndpoints() {
        return AccessRules.of(
                // The catalogue and which policies fit a project are public (the portal shows them to anyone).
                endpoint(HttpMethod.GET, "/api/policies").anyone(),
                endpoint(HttpMethod.GET, "/api/policies/{id}").anyone(),
                endpoint(HttpMethod.GET, "/api/projects/{id}/policies").anyone(),
                // Publishing and withdrawing policies: the key-project centre.
                endpoint(HttpMethod.POST, "/api/policies").roles(CITY_ADMIN),
                endpoint(HttpMethod.POST, "/api/policies/{id}/withdrawal").roles(CITY_ADMIN));
    }
}

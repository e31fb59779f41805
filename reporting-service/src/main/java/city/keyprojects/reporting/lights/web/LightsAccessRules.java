package city.keyprojects.reporting.lights.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may read the traffic lights: government staff; lagging lists are for supervision, not the public portal. */
@Configuration(proxyBeanMethods = false)
class LightsAccessRules {

    @Bean
    AccessRules lightsEndpoints() {
        return AccessRules.of(
                endpoint(HttpMethod.GET, "/api/reports/lights").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/reports/lights/projects/{projectId}").roles(CITY_ADMIN, LEADER,
                        DEPT_OFFICER, PROJECT_OFFICER));
    }
}

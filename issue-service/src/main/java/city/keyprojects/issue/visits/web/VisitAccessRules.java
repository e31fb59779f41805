package city.keyprojects.issue.visits.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/**
 * Who may call the visit endpoints. Whose visit a user may log (their own as a leader, their department's as an
 * officer) is decided by {@code VisitAccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class VisitAccessRules {

    @Bean
    AccessRules visitEndpoints() {
        return AccessRules.of(
                // Those who visit log: leaders, departments, and the centre that organises promotion meetings.
                endpoint(HttpMethod.POST, "/api/issues/visits").roles(CITY_ADMIN, LEADER, DEPT_OFFICER),
                // Reading is for government staff; enterprises and the public see none of it.
                endpoint(HttpMethod.GET, "/api/issues/visits").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/issues/visits/{visitId}").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/issues/visits/leaders").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/issues/visits/leaders/{leader}").roles(CITY_ADMIN, LEADER,
                        DEPT_OFFICER, PROJECT_OFFICER));
    }
}

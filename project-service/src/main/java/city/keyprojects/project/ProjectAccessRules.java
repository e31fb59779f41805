package city.keyprojects.project;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/**
 * Who may call which endpoint of the project service (docs/security.md); anything not listed is refused. Which
 * project a caller may change or see in full is decided per project by {@code ProjectAccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class ProjectAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                // Reading is open: the public gets the public fields, staff and the owner the internal ones too.
                endpoint(HttpMethod.GET, "/api/projects").anyone(),
                endpoint(HttpMethod.GET, "/api/projects/{id}").anyone(),
                // Entering a project into the registry and assigning its officer: the key-project centre.
                endpoint(HttpMethod.POST, "/api/projects").roles(CITY_ADMIN),
                endpoint(HttpMethod.PUT, "/api/projects/{id}/responsibility").roles(CITY_ADMIN),
                // Correcting it: the centre, or the project's own officer.
                endpoint(HttpMethod.PATCH, "/api/projects/{id}").roles(CITY_ADMIN, PROJECT_OFFICER),
                // Moving it through its lifecycle: the centre, or the project's own officer (fast-track: the centre).
                endpoint(HttpMethod.POST, "/api/projects/{id}/stage-changes").roles(CITY_ADMIN, PROJECT_OFFICER),
                // Its audit trail: the centre, leaders, or the project's own officer.
                endpoint(HttpMethod.GET, "/api/projects/{id}/history").roles(CITY_ADMIN, LEADER, PROJECT_OFFICER));
    }
}

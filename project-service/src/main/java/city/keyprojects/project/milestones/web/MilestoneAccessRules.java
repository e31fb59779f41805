package city.keyprojects.project.milestones.web;

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
 * Who may call the milestone endpoints. Which project an officer may plan is decided per project by
 * {@code ProjectAccessPolicy.mayMaintain}.
 */
@Configuration(proxyBeanMethods = false)
class MilestoneAccessRules {

    @Bean
    AccessRules milestoneEndpoints() {
        return AccessRules.of(
                // Planned and actual dates are public: the portal shows how far along a project is.
                endpoint(HttpMethod.GET, "/api/projects/{id}/milestones").anyone(),
                // Planning and recording progress: the centre, or the project's own officer.
                endpoint(HttpMethod.PUT, "/api/projects/{id}/milestones").roles(CITY_ADMIN, PROJECT_OFFICER),
                endpoint(HttpMethod.POST, "/api/projects/{id}/milestones/{milestoneId}/reached")
                        .roles(CITY_ADMIN, PROJECT_OFFICER),
                // Correcting a recorded date feeds rankings: the centre only.
                endpoint(HttpMethod.PUT, "/api/projects/{id}/milestones/{milestoneId}/actual-date").roles(CITY_ADMIN),
                // The supervision list (挂牌督办) of missed milestones: government staff.
                endpoint(HttpMethod.GET, "/api/milestones/missed")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER));
    }
}

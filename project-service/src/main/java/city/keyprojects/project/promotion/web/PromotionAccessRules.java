package city.keyprojects.project.promotion.web;

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
 * Who may call the promotion-plan endpoints. Which project's plan an officer may change is decided per project
 * ({@code ProjectAccessPolicy.mayMaintain}: the centre, or the project's own officer).
 */
@Configuration(proxyBeanMethods = false)
class PromotionAccessRules {

    @Bean
    AccessRules promotionRules() {
        return AccessRules.of(
                // Drawing the plan, adding and completing tasks: the centre or the project's officer.
                endpoint(HttpMethod.PUT, "/api/projects/{id}/promotion-plan").roles(CITY_ADMIN, PROJECT_OFFICER),
                endpoint(HttpMethod.POST, "/api/projects/{id}/promotion-plan/tasks").roles(CITY_ADMIN,
                        PROJECT_OFFICER),
                endpoint(HttpMethod.POST, "/api/projects/{id}/promotion-plan/tasks/{taskId}/completion")
                        .roles(CITY_ADMIN, PROJECT_OFFICER),
                // Reading plans and the overdue list: government staff.
                endpoint(HttpMethod.GET, "/api/projects/{id}/promotion-plan").roles(CITY_ADMIN, LEADER,
                        DEPT_OFFICER, PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/promotion-tasks/overdue").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER));
    }
}

package city.keyprojects.project.investment.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.ENTERPRISE;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/**
 * Who may call the investment endpoints. Per project, {@code ProjectAccessPolicy} decides further: a project
 * officer reports only on projects assigned to them, an enterprise reads only its own projects.
 */
@Configuration(proxyBeanMethods = false)
class InvestmentAccessRules {

    @Bean
    AccessRules investmentAccessTable() {
        return AccessRules.of(
                // Annual plans are the key-project centre's (年度计划下达).
                endpoint(HttpMethod.PUT, "/api/projects/{id}/annual-plans/{year}").roles(CITY_ADMIN),
                // Monthly reports: the project's officer, or the centre for them.
                endpoint(HttpMethod.PUT, "/api/projects/{id}/monthly-reports/{month}")
                        .roles(CITY_ADMIN, PROJECT_OFFICER),
                // Reading: government staff and the owner enterprise.
                endpoint(HttpMethod.GET, "/api/projects/{id}/monthly-reports/{month}")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/projects/{id}/investment")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE));
    }
}

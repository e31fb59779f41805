package city.keyprojects.approval;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may call which endpoint of the approval service (docs/security.md); anything not listed is refused. */
@Configuration(proxyBeanMethods = false)
class ApprovalAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                // What this service knows of a project: for the staff who work with it.
                endpoint(HttpMethod.GET, "/api/approvals/projects/{projectId}").roles(CITY_ADMIN, LEADER, DEPT_OFFICER,
                        PROJECT_OFFICER));
    }
}

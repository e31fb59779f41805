package city.keyprojects.issue.tickets.web;

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
 * Who may call the ticket endpoints. Which ticket, project or department a user may touch is decided per object by
 * {@code TicketAccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class TicketAccessRules {

    @Bean
    AccessRules ticketEndpoints() {
        return AccessRules.of(
                // 收集: the owner enterprise, the project officer, or the key-project centre.
                endpoint(HttpMethod.POST, "/api/issues/tickets").roles(CITY_ADMIN, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/tickets")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/tickets/{ticketId}")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/tickets/{ticketId}/history")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                // 交办: the key-project centre alone.
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/assignment").roles(CITY_ADMIN),
                // 办理 and 反馈: the officers of the department the ticket was handed to.
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/handling").roles(DEPT_OFFICER),
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/information-requests").roles(DEPT_OFFICER),
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/answer").roles(DEPT_OFFICER),
                // The reporter's side: whoever reported (for automatic tickets the project's owner or officer).
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/information")
                        .roles(CITY_ADMIN, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/confirmation")
                        .roles(CITY_ADMIN, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.POST, "/api/issues/tickets/{ticketId}/reopening")
                        .roles(CITY_ADMIN, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/board")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/my-tickets")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/projects/{projectId}/tickets")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/overdue")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/issues/supervision")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                // A department's tickets and statistics: government staff (a department its own).
                // Which departments tickets go to is public organisation information.
                endpoint(HttpMethod.GET, "/api/issues/departments").anyone(),
                endpoint(HttpMethod.GET, "/api/issues/departments/{department}/tickets")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER),
                endpoint(HttpMethod.GET, "/api/issues/statistics/departments/{department}")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER),
                endpoint(HttpMethod.GET, "/api/issues/statistics/projects/{projectId}")
                        .roles(CITY_ADMIN, LEADER, PROJECT_OFFICER, ENTERPRISE));
    }
}

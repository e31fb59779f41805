package city.keyprojects.reporting.rankings.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;
import city.keyprojects.platform.security.Role;

/**
 * Who may read the scores and rankings: the centre that publishes them, the leaders, and the departments and
 * officers they rank (晒进度 within the government). Not enterprises, not the public: a bulletin is published by
 * the centre, not served raw.
 */
@Configuration(proxyBeanMethods = false)
class RankingsAccessRules {

    @Bean
    AccessRules rankingsRules() {
        return AccessRules.of(
                endpoint(HttpMethod.GET, "/api/reports/rankings")
                        .roles(Role.CITY_ADMIN, Role.LEADER, Role.DEPT_OFFICER, Role.PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/reports/rankings/projects/{projectId}")
                        .roles(Role.CITY_ADMIN, Role.LEADER, Role.DEPT_OFFICER, Role.PROJECT_OFFICER));
    }
}

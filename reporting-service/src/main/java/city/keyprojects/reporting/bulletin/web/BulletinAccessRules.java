package city.keyprojects.reporting.bulletin.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** The monthly bulletin is for the city's staff; the centre publishes it (通报) by its own channels. */
@Configuration(proxyBeanMethods = false)
class BulletinAccessRules {

    @Bean
    AccessRules bulletinEndpoints() {
        return AccessRules.of(
                endpoint(HttpMethod.GET, "/api/reports/bulletins/{month}/xlsx")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/reports/bulletins/{month}/html")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER));
    }
}

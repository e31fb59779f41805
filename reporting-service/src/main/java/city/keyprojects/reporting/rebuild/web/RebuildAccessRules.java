package city.keyprojects.reporting.rebuild.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Rebuilding the read models is the key-project centre's administration (OWASP API5: function level). */
@Configuration(proxyBeanMethods = false)
class RebuildAccessRules {

    @Bean
    AccessRules rebuildEndpoints() {
        return AccessRules.of(
                endpoint(HttpMethod.POST, "/api/reports/rebuilds").roles(CITY_ADMIN),
                endpoint(HttpMethod.GET, "/api/reports/rebuilds/latest").roles(CITY_ADMIN));
    }
}

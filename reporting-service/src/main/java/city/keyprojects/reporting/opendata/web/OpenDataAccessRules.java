package city.keyprojects.reporting.opendata.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Open data is public (政务公开): it holds only what the portal shows to every visitor. */
@Configuration(proxyBeanMethods = false)
class OpenDataAccessRules {

    @Bean
    AccessRules openDataEndpoints() {
        return AccessRules.of(endpoint(HttpMethod.GET, "/api/reports/open-data/oc4ids").anyone());
    }
}

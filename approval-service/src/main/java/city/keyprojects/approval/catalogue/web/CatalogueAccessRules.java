package city.keyprojects.approval.catalogue.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may call the catalogue endpoints. */
@Configuration(proxyBeanMethods = false)
class CatalogueAccessRules {

    @Bean
    AccessRules catalogueEndpoints() {
        return AccessRules.of(
                // Which items, departments and limits apply is public government information (政务公开).
                endpoint(HttpMethod.GET, "/api/approvals/catalogue").anyone(),
                endpoint(HttpMethod.GET, "/api/approvals/catalogue/versions").anyone(),
                endpoint(HttpMethod.GET, "/api/approvals/catalogue/versions/{version}").anyone(),
                // The centre publishes a new version; departments ask it to.
                endpoint(HttpMethod.PUT, "/api/approvals/catalogue").roles(CITY_ADMIN));
    }
}

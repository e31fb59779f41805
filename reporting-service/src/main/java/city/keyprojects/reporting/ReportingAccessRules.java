package city.keyprojects.reporting;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may call which endpoint of the reporting service (docs/security.md); anything not listed is refused. */
@Configuration(proxyBeanMethods = false)
class ReportingAccessRules {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                // The city dashboard is public: the portal shows it to every visitor.
                endpoint(HttpMethod.GET, "/api/reports/dashboard").anyone());
    }
}

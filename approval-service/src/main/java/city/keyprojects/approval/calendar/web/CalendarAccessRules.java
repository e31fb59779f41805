package city.keyprojects.approval.calendar.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/** Who may read the working-day calendar. */
@Configuration(proxyBeanMethods = false)
class CalendarAccessRules {

    @Bean
    AccessRules calendarEndpoints() {
        // The days a statutory limit counts are public: applicants check their own deadlines.
        return AccessRules.of(endpoint(HttpMethod.GET, "/api/approvals/calendar").anyone());
    }
}

package city.keyprojects.approval.calendar.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import city.keyprojects.platform.testing.PlatformIntegrationTest;

@PlatformIntegrationTest
@AutoConfigureWebTestClient
class CalendarApiIntegrationTest {

    @Autowired
    WebTestClient client;

    @Test
    void anyone_reads_the_years_the_calendar_covers_with_their_holidays_and_make_up_days() {
        client.get().uri("/api/approvals/calendar").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.years.length()").isEqualTo(2)
                .jsonPath("$.years[0].year").isEqualTo(2025)
                .jsonPath("$.years[1].year").isEqualTo(2026)
                .jsonPath("$.years[1].workingDays").isEqualTo(248)
                .jsonPath("$.years[1].holidays[1].name").isEqualTo("春节 Spring Festival")
                .jsonPath("$.years[1].holidays[1].from").isEqualTo("2026-02-15")
                .jsonPath("$.years[1].holidays[1].to").isEqualTo("2026-02-23")
                .jsonPath("$.years[1].makeupWorkdays[0]").isEqualTo("2026-01-04");
    }
}

package city.keyprojects.local;

import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The portal's journeys against a platform that is already running, for working on the portal without starting
 * one per run: {@code ./mvnw -o verify -pl deploy/local -Dit.test=PortalJourneysIT -Dportal.gateway=http://localhost:8080}.
 * The full system test ({@link LocalPlatformSystemIT}) walks the same journeys on a fresh platform.
 */
@EnabledIfSystemProperty(named = "portal.gateway", matches = "https?://.+")
class PortalJourneysIT {

    @Test
    void everyRoleWalksThroughThePortal() throws Exception {
        Optional<PortalBrowser> opened = PortalBrowser.open();
        Assumptions.assumeTrue(opened.isPresent(), () -> "Browser journeys skipped: " + PortalBrowser.missing());
        try (PortalBrowser browser = opened.get()) {
            new PortalJourneys(System.getProperty("portal.gateway"), browser).walk();
        }
    }
}

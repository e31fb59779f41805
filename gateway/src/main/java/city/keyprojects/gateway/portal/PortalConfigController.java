package city.keyprojects.gateway.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the portal needs to know of its deployment. The map works offline (project markers on a plain background);
 * production sets {@code PORTAL_TILE_URL} (an XYZ template such as {@code https://tiles.example.gov.cn/{z}/{x}/{y}.png})
 * to draw a tile layer under them.
 */
@RestController
class PortalConfigController {

    record PortalConfig(String tileUrl, String tileAttribution) {
    }

    private final PortalConfig config;

    PortalConfigController(@Value("${portal.tile-url:}") String tileUrl,
            @Value("${portal.tile-attribution:}") String tileAttribution) {
        this.config = new PortalConfig(tileUrl.isBlank() ? null : tileUrl,
                tileAttribution.isBlank() ? null : tileAttribution);
    }

    @GetMapping("/portal/config.json")
    PortalConfig config() {
        return config;
    }
}

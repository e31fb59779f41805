package city.keyprojects.reporting.dashboard.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the city figures current: every refresh period, rebuilt if the facts changed since. */
@Component
class CityFiguresRefresher {

    private static final Logger log = LoggerFactory.getLogger(CityFiguresRefresher.class);

    private final CityFiguresSnapshots snapshots;

    CityFiguresRefresher(CityFiguresSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(fixedDelayString = "${reporting.figures.refresh-period:PT2S}",
            initialDelayString = "${reporting.figures.refresh-initial-delay:PT2S}")
    void refresh() {
        try {
            Integer built = snapshots.refresh().block(Duration.ofMinutes(5));
            if (built != null && built > 0) {
                log.debug("Built {} year(s) of city figures", built);
            }
        } catch (RuntimeException e) {
            // The next period tries again; the figures already built keep serving.
            log.warn("Could not refresh the city figures: {}", e.toString());
        }
    }
}

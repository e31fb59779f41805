package city.keyprojects.reporting.snapshots;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Keeps the reports current: every refresh period, rebuilt if the facts (or the day) changed since. */
@Component
class ReportRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReportRefresher.class);

    private final ReportSnapshots snapshots;

    ReportRefresher(ReportSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Scheduled(fixedDelayString = "${reporting.reports.refresh-period:PT2S}",
            initialDelayString = "${reporting.reports.refresh-initial-delay:PT2S}")
    void refresh() {
        try {
            Integer built = snapshots.refresh().block(Duration.ofMinutes(5));
            if (built != null && built > 0) {
                log.debug("Built {} report snapshot(s)", built);
            }
        } catch (RuntimeException e) {
            // The next period tries again; the reports already built keep serving.
            log.warn("Could not refresh the reports: {}", e.toString());
        }
    }
}

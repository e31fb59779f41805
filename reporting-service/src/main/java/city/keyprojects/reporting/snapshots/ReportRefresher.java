package city.keyprojects.reporting.snapshots;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.reporting.projects.application.ProjectFactsProjection;

/**
 * Keeps the reports current. It looks every {@code reporting.reports.check-period} (50 ms) and rebuilds when this
 * instance has applied a change since the last build, and at the latest every {@code refresh-period} (2 s, for the
 * changes other instances apply and for a new day) if the facts moved. A build waits at least as long after the
 * last one as that one took, so that with many projects building the reports takes at most half the time and the
 * events keep flowing in.
 */
@Component
class ReportRefresher {

    private static final Logger log = LoggerFactory.getLogger(ReportRefresher.class);

    private final ReportSnapshots snapshots;
    private final ProjectFactsProjection facts;
    private final long periodNanos;
    private long appliedAtLastBuild = -1;
    private long lastLook;
    private long notBefore;

    ReportRefresher(ReportSnapshots snapshots, ProjectFactsProjection facts,
            @Value("${reporting.reports.refresh-period:PT2S}") Duration period) {
        this.snapshots = snapshots;
        this.facts = facts;
        this.periodNanos = period.toNanos();
        this.lastLook = System.nanoTime();
    }

    @Scheduled(fixedDelayString = "${reporting.reports.check-period:PT0.05S}",
            initialDelayString = "${reporting.reports.refresh-initial-delay:PT2S}")
    void refresh() {
        long now = System.nanoTime();
        long applied = facts.appliedHere();
        boolean changedHere = applied != appliedAtLastBuild;
        if (!changedHere && now - lastLook < periodNanos || now - notBefore < 0) {
            return;
        }
        lastLook = now;
        try {
            Integer built = snapshots.refresh().block(Duration.ofMinutes(5));
            appliedAtLastBuild = applied;
            if (built != null && built > 0) {
                long took = System.nanoTime() - now;
                notBefore = System.nanoTime() + took;
                log.debug("Built {} report snapshot(s) in {} ms", built, took / 1_000_000);
            }
        } catch (RuntimeException e) {
            // The next period tries again; the reports already built keep serving.
            notBefore = System.nanoTime() + periodNanos;
            log.warn("Could not refresh the reports: {}", e.toString());
        }
    }
}

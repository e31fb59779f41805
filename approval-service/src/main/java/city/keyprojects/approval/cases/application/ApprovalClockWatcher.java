package city.keyprojects.approval.cases.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.scheduling.DetectionRuns;

/** Runs {@link WatchingApprovalClocks} periodically with today's date in the city. */
@Component
class ApprovalClockWatcher {

    private static final Logger log = LoggerFactory.getLogger(ApprovalClockWatcher.class);

    private final WatchingApprovalClocks watching;
    private final Clock clock;

    ApprovalClockWatcher(WatchingApprovalClocks watching, Clock clock) {
        this.watching = watching;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.clocks.watch-period:PT1H}",
            initialDelayString = "${approval.clocks.watch-initial-delay:PT1M}")
    void watch() {
        DetectionRuns.runForToday(clock, watching::passTime, log, "approval event(s) caused by the passing of time");
    }
}

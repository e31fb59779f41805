package city.keyprojects.approval.cases.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.PlatformAutoConfiguration;

/** Runs {@link WatchingApprovalClocks} periodically with today's date in the city. */
@Component
class ApprovalClockWatcher {

    private static final Logger log = LoggerFactory.getLogger(ApprovalClockWatcher.class);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    private final WatchingApprovalClocks watching;
    private final Clock clock;

    ApprovalClockWatcher(WatchingApprovalClocks watching, Clock clock) {
        this.watching = watching;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${approval.clocks.watch-period:PT1H}",
            initialDelayString = "${approval.clocks.watch-initial-delay:PT1M}")
    void watch() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
        Integer caused = watching.passTime(today).block(RUN_LIMIT);
        if (caused != null && caused > 0) {
            log.info("The passing of time caused {} approval event(s) as of {}", caused, today);
        }
    }
}

package city.keyprojects.issue.tickets.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.scheduling.DetectionRuns;

/** Runs {@link WatchingTicketClocks} periodically with today's date in the city. */
@Component
class TicketClockWatcher {

    private static final Logger log = LoggerFactory.getLogger(TicketClockWatcher.class);

    private final WatchingTicketClocks watching;
    private final Clock clock;

    TicketClockWatcher(WatchingTicketClocks watching, Clock clock) {
        this.watching = watching;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${issue.tickets.watch-period:PT1H}",
            initialDelayString = "${issue.tickets.watch-initial-delay:PT1M}")
    void watch() {
        DetectionRuns.runForToday(clock, watching::passTime, log, "ticket event(s) caused by the passing of time");
    }
}

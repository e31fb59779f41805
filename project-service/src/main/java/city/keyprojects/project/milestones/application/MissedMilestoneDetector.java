package city.keyprojects.project.milestones.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.PlatformAutoConfiguration;

/** Runs the detection of missed milestones periodically, with today's date in the city. */
@Component
class MissedMilestoneDetector {

    private static final Logger log = LoggerFactory.getLogger(MissedMilestoneDetector.class);
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    private final DetectingMissedMilestones detecting;
    private final Clock clock;

    MissedMilestoneDetector(DetectingMissedMilestones detecting, Clock clock) {
        this.detecting = detecting;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${project.milestones.detection-period:PT1H}",
            initialDelayString = "${project.milestones.detection-initial-delay:PT1M}")
    void detect() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
        Integer reported = detecting.detectMissed(today).block(RUN_LIMIT);
        if (reported != null && reported > 0) {
            log.info("Reported {} missed milestone(s) as of {}", reported, today);
        }
    }
}

package city.keyprojects.project.milestones.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.scheduling.DetectionRuns;

/** Runs the detection of missed milestones periodically, with today's date in the city. */
@Component
class MissedMilestoneDetector {

    private static final Logger log = LoggerFactory.getLogger(MissedMilestoneDetector.class);

    private final DetectingMissedMilestones detecting;
    private final Clock clock;

    MissedMilestoneDetector(DetectingMissedMilestones detecting, Clock clock) {
        this.detecting = detecting;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${project.milestones.detection-period:PT1H}",
            initialDelayString = "${project.milestones.detection-initial-delay:PT1M}")
    void detect() {
        DetectionRuns.runForToday(clock, detecting::detectMissed, log, "missed milestone(s)");
    }
}

package city.keyprojects.project.promotion.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.scheduling.DetectionRuns;

/** Runs the overdue-task detection periodically, for today in the city. */
@Component
class OverdueTaskDetector {

    private static final Logger log = LoggerFactory.getLogger(OverdueTaskDetector.class);

    private final DetectingOverdueTasks detecting;
    private final Clock clock;

    OverdueTaskDetector(DetectingOverdueTasks detecting, Clock clock) {
        this.detecting = detecting;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${project.promotion.detection-period:PT1H}",
            initialDelayString = "${project.promotion.detection-initial-delay:PT1M}")
    void detect() {
        DetectionRuns.runForToday(clock, detecting::detectOverdue, log, "promotion task(s) overdue");
    }
}

package city.keyprojects.platform.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;

import org.slf4j.Logger;

import city.keyprojects.platform.PlatformAutoConfiguration;
import reactor.core.publisher.Mono;

/**
 * One run of a periodic detection (missed milestones, overdue tasks, approval clocks): the detection is an
 * application-service method taking today's date in the city, so tests call it directly; the scheduled component
 * only runs it, bounded, and logs what it reported.
 */
public final class DetectionRuns {

    /** A run taking longer is abandoned; the next one starts over (detections only report what is still due). */
    static final Duration RUN_LIMIT = Duration.ofMinutes(10);

    private DetectionRuns() {
    }

    /**
     * Runs {@code detection} for today in the city and logs how many things it reported, if any.
     *
     * @param reported  what the count is of, e.g. "missed milestone(s)"
     */
    public static void runForToday(Clock clock, Function<LocalDate, Mono<Integer>> detection, Logger log,
            String reported) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
        Integer count = detection.apply(today).block(RUN_LIMIT);
        if (count != null && count > 0) {
            log.info("Reported {} {} as of {}", count, reported, today);
        }
    }
}

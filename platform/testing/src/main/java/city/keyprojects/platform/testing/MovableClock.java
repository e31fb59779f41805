package city.keyprojects.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import city.keyprojects.platform.PlatformAutoConfiguration;

/**
 * The service's clock in these tests: the real time in the city, unless a test moves it on (to see items fall
 * overdue as the service sees them). Replaces the platform's {@code Clock} bean, which steps back for any other.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public ZoneId getZone() {
        return PlatformAutoConfiguration.CITY_ZONE;
    }

    /** The same time seen in another zone, moved on as far as this clock is now. */
    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.tickMillis(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(offset.get());
    }

    /** Moves the service's time on by {@code by} until {@link #reset()}. */
    public void moveOn(Duration by) {
        offset.set(by);
    }

    /** Moves the service's time to 10:00 in the city on {@code day}, so that working days count from a known date. */
    public void moveTo(LocalDate day) {
        offset.set(Duration.between(Instant.now(), day.atTime(10, 0).atZone(PlatformAutoConfiguration.CITY_ZONE)
                .toInstant()));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}

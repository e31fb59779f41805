package city.keyprojects.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static final Instant START = Instant.parse("2026-11-22T08:00:00Z");

    private final RestartPolicy policy = new RestartPolicy();

    @Test
    void theBackOffDoublesWithEachRestartInTheWindow() {
        assertThat(policy.nextRestart(START)).contains(Duration.ofSeconds(1));
        assertThat(policy.nextRestart(START.plusSeconds(10))).contains(Duration.ofSeconds(2));
        assertThat(policy.nextRestart(START.plusSeconds(20))).contains(Duration.ofSeconds(4));
        assertThat(policy.restartsInWindow()).isEqualTo(3);
    }

    @Test
    void itGivesUpOnAPartThatEndsASixthTimeWithinFiveMinutes() {
        for (int restart = 0; restart < RestartPolicy.LIMIT; restart++) {
            assertThat(policy.nextRestart(START.plusSeconds(restart * 50L))).isPresent();
        }

        assertThat(policy.nextRestart(START.plusSeconds(299))).isEmpty();
        assertThat(policy.nextRestart(START.plusSeconds(299))).as("and stays given up within the window").isEmpty();
    }

    @Test
    void restartsOlderThanTheWindowNoLongerCount() {
        for (int restart = 0; restart < RestartPolicy.LIMIT; restart++) {
            policy.nextRestart(START.plusSeconds(restart));
        }

        // Five minutes after the first four, only the fifth is still in the window.
        assertThat(policy.nextRestart(START.plus(RestartPolicy.WINDOW).plusSeconds(3))).contains(Duration.ofSeconds(2));
        assertThat(policy.restartsInWindow()).isEqualTo(2);
    }

    @Test
    void aPartThatKeepsFailingSlowlyWaitsAtMostSixteenSeconds() {
        // One end every 61 s keeps five restarts in the window at most: the back-off grows 1, 2, 4, 8, 16 s and
        // stays at 16 s while the oldest leave the window.
        Duration last = Duration.ZERO;
        for (int restart = 0; restart < 20; restart++) {
            last = policy.nextRestart(START.plusSeconds(restart * 61L)).orElseThrow();
        }
        assertThat(last).isEqualTo(Duration.ofSeconds(16));
    }
}

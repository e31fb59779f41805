package city.keyprojects.local;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When a part that ended by itself is started again, as a supervisor (Kubernetes' {@code restartPolicy: Always})
 * would: after a back-off that doubles with each restart still in the window (1, 2, 4, 8, 16 s), and not at all once
 * the part has been restarted {@link #LIMIT} times within the window: a part that keeps failing needs a person, not a
 * loop.
 */
final class RestartPolicy {

    static final int LIMIT = 5;
    static final Duration WINDOW = Duration.ofMinutes(5);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    /** Guarded by this: when each restart in the window was decided, oldest first. */
    private final Deque<Instant> restarts = new ArrayDeque<>();

    /**
     * Decides about a part that just ended: the back-off before starting it again (and counts that restart), or
     * empty when it was restarted {@link #LIMIT} times within the last {@link #WINDOW} already.
     */
    synchronized Optional<Duration> nextRestart(Instant endedAt) {
        Instant windowStart = endedAt.minus(WINDOW);
        while (!restarts.isEmpty() && !restarts.peekFirst().isAfter(windowStart)) {
            restarts.removeFirst();
        }
        if (restarts.size() >= LIMIT) {
            return Optional.empty();
        }
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << restarts.size());
        restarts.addLast(endedAt);
        return Optional.of(backoff);
    }

    /** How many restarts the window holds, the one just decided included. */
    synchronized int restartsInWindow() {
        return restarts.size();
    }
}

package city.keyprojects.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key. A request takes a token; tokens come back at a steady rate up to the burst size.
 * Buckets idle long enough to be full again are forgotten, so memory follows the number of active clients.
 */
final class TokenBuckets {

    private static final int SWEEP_EVERY = 1024;

    private final RateLimitProperties.Allowance allowance;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private int sinceSweep;

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    TokenBuckets(RateLimitProperties.Allowance allowance, LongSupplier nanoClock) {
        this.allowance = allowance;
        this.nanoClock = nanoClock;
    }

    /** Takes a token for {@code key}: empty if allowed, otherwise how long until the next token. */
    Duration take(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(allowance.burst(), now));
        Duration wait;
        synchronized (bucket) {
            refill(bucket, now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = Duration.ZERO;
            } else {
                wait = Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / allowance.perSecond() * 1e9));
            }
        }
        sweepNow(now);
        return wait;
    }

    private void refill(Bucket bucket, long now) {
        double elapsedSeconds = (now - bucket.updated) / 1e9;
        bucket.tokens = Math.min(allowance.burst(), bucket.tokens + elapsedSeconds * allowance.perSecond());
        bucket.updated = now;
    }

    private void sweepNow(long now) {
        synchronized (this) {
            if (++sinceSweep < SWEEP_EVERY) {
                return;
            }
            sinceSweep = 0;
        }
        long fullAfterNanos = (long) (allowance.burst() / allowance.perSecond() * 1e9);
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                return now - bucket.updated > fullAfterNanos;
            }
        });
    }
}

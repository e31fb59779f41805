package city.keyprojects.gateway.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Repeated failed logins slow down and then lock the account: after {@code slowDownAfter} failures each further
 * attempt must wait 1, 2, 4 … seconds after the previous failure; after {@code lockAfter} failures the account
 * is locked for {@code lockFor}. A successful login clears the record. Kept in memory: the local default runs one
 * gateway; with several, the OIDC provider does this.
 */
final class LoginThrottle {

    private record Failures(int count, Instant last) {
    }

    private final IdentityProperties.Lockout rules;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(IdentityProperties.Lockout rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** How long the caller must wait before this account may try again; empty if it may try now. */
    Optional<Duration> waitBeforeAttempt(String username) {
        Failures record = failures.get(key(username));
        if (record == null || record.count() < rules.slowDownAfter()) {
            return Optional.empty();
        }
        Duration wait = record.count() >= rules.lockAfter() ? rules.lockFor()
                : Duration.ofSeconds(1L << Math.min(10, record.count() - rules.slowDownAfter()));
        Duration left = Duration.between(clock.instant(), record.last().plus(wait));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    /** Failed logins in a row so far (0 after a success), and whether the account is locked out now. */
    Standing standing(String username) {
        Failures record = failures.get(key(username));
        if (record == null) {
            return new Standing(0, false);
        }
        boolean locked = record.count() >= rules.lockAfter()
                && clock.instant().isBefore(record.last().plus(rules.lockFor()));
        return new Standing(record.count(), locked);
    }

    record Standing(int failedLogins, boolean locked) {
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, one) -> {
            // A lock that ran out starts the count again.
            boolean lockOver = old.count() >= rules.lockAfter() && !now.isBefore(old.last().plus(rules.lockFor()));
            return new Failures(lockOver ? 1 : old.count() + 1, now);
        });
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}

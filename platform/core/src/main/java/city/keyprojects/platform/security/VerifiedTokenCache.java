package city.keyprojects.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * Remembers the tokens a decoder verified, until each one expires, so a user's next requests with the same token
 * skip the RS256 signature check: the benchmark found it a third of a request's CPU in the gateway and in each
 * service. Keyed by the whole token, signature included, so only the very token that passed is let through; one
 * signed with a key since withdrawn stays valid until it expires (at most the token's lifetime, 15 minutes).
 * Bounded: when full, expired entries go, and if that is not enough, all of them.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    static final int CAPACITY = 10_000;

    private final ReactiveJwtDecoder verifying;
    private final Clock clock;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    VerifiedTokenCache(ReactiveJwtDecoder verifying, Clock clock, int capacity) {
        this.verifying = verifying;
        this.clock = clock;
        this.capacity = capacity;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return verifying.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        if (jwt.getExpiresAt() == null || !now.isBefore(jwt.getExpiresAt())) {
            return;
        }
        if (verified.size() >= capacity) {
            verified.values().removeIf(entry -> !now.isBefore(entry.getExpiresAt()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }
}

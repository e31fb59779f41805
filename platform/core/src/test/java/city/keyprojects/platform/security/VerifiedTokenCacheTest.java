package city.keyprojects.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant expiry = NOW.plus(Duration.ofMinutes(15));
    /** Verifies "good-…" tokens (expiring at {@link #expiry}), refuses any other. */
    private final ReactiveJwtDecoder signatureCheck = token -> {
        verifications.incrementAndGet();
        return token.startsWith("good-")
                ? Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(NOW.minus(Duration.ofHours(1)))
                        .expiresAt(expiry).build())
                : Mono.error(new BadJwtException("bad signature"));
    };

    private VerifiedTokenCache cacheAt(Instant now, int capacity) {
        return new VerifiedTokenCache(signatureCheck, Clock.fixed(now, ZoneOffset.UTC), capacity);
    }

    @Test
    void a_token_verified_once_is_not_verified_again_before_it_expires() {
        VerifiedTokenCache cache = cacheAt(NOW, 10);

        StepVerifier.create(cache.decode("good-1")).assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("good-1"))
                .verifyComplete();
        StepVerifier.create(cache.decode("good-1")).assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("good-1"))
                .verifyComplete();

        assertThat(verifications).hasValue(1);
    }

    @Test
    void a_token_that_failed_is_checked_again_every_time() {
        VerifiedTokenCache cache = cacheAt(NOW, 10);

        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(cache.decode("forged")).expectError(BadJwtException.class).verify();

        assertThat(verifications).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void an_expired_token_goes_back_to_the_full_check() {
        Instant[] now = { NOW };
        Clock movable = new Clock() {
            @Override
            public Instant instant() {
                return now[0];
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        VerifiedTokenCache cache = new VerifiedTokenCache(signatureCheck, movable, 10);
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();

        now[0] = expiry;
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();

        // The full check decides from the expiry on (it allows the clock skew itself).
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_token_without_an_expiry_left_is_never_remembered() {
        expiry = NOW;
        VerifiedTokenCache cache = cacheAt(NOW, 10);

        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();

        assertThat(cache.size()).isZero();
    }

    @Test
    void stays_within_its_capacity() {
        VerifiedTokenCache cache = cacheAt(NOW, 3);

        for (int i = 0; i < 10; i++) {
            StepVerifier.create(cache.decode("good-" + i)).expectNextCount(1).verifyComplete();
        }

        assertThat(cache.size()).isBetween(1, 3);
    }
}

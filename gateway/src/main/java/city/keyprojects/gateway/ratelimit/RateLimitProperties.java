package city.keyprojects.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request rates per client address, in memory (no Redis): each client may send {@code burst} requests at once and
 * then {@code perSecond} a second on average. Logins have their own, stricter allowance per address against
 * password spraying across accounts (the per-account lockout covers guessing one account).
 */
@ConfigurationProperties("gateway.rate-limit")
public record RateLimitProperties(boolean enabled, Allowance api, Allowance login) {

    public RateLimitProperties {
        api = api == null ? new Allowance(20, 40) : api;
        login = login == null ? new Allowance(0.2, 10) : login;
    }

    public record Allowance(double perSecond, int burst) {
        public Allowance {
            if (perSecond <= 0 || burst < 1) {
                throw new IllegalArgumentException("A rate limit needs perSecond > 0 and burst >= 1");
            }
        }
    }
}

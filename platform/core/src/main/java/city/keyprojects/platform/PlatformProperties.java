package city.keyprojects.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings every application shares, under {@code platform.*}.
 *
 * @param topics the topics this application publishes to and subscribes to; both are created if missing,
 *               together with the dead-letter topics of the subscribed ones
 * @param outbox when the outbox sweep runs
 * @param consumer bounded retries before a record goes to its dead-letter topic
 * @param security which access tokens the application accepts
 */
@ConfigurationProperties("platform")
public record PlatformProperties(Topics topics, Outbox outbox, Consumer consumer, Security security) {

    public PlatformProperties {
        topics = topics == null ? new Topics(null, null, 0, (short) 0) : topics;
        outbox = outbox == null ? new Outbox(null, null) : outbox;
        consumer = consumer == null ? new Consumer(0, null) : consumer;
        security = security == null ? new Security(null, null, null, null) : security;
    }

    public record Topics(List<String> publishes, List<String> subscribes, int partitions, short replicas) {
        public Topics {
            publishes = publishes == null ? List.of() : List.copyOf(publishes);
            subscribes = subscribes == null ? List.of() : List.copyOf(subscribes);
            partitions = partitions <= 0 ? 3 : partitions;
            replicas = replicas <= 0 ? 1 : replicas;
        }
    }

    /**
     * @param sweepPeriod how soon events whose publication failed are tried again
     * @param fullSweepPeriod how often every outbox is looked at anyway, for what another instance left when it died
     */
    public record Outbox(Duration sweepPeriod, Duration fullSweepPeriod) {
        public Outbox {
            sweepPeriod = sweepPeriod == null ? Duration.ofSeconds(2) : sweepPeriod;
            fullSweepPeriod = fullSweepPeriod == null ? Duration.ofMinutes(5) : fullSweepPeriod;
        }
    }

    public record Consumer(int retries, Duration retryInterval) {
        public Consumer {
            retries = retries <= 0 ? 3 : retries;
            retryInterval = retryInterval == null ? Duration.ofMillis(500) : retryInterval;
        }
    }

    /**
     * Access tokens are JWTs signed with RS256 by the gateway's token service (the embedded default) or by an OIDC
     * provider (docs/security.md): switching is a matter of these four settings.
     *
     * @param issuer      the required {@code iss}
     * @param audience    a value the {@code aud} must contain
     * @param jwkSetUri   where the issuer publishes its public keys
     * @param rolesClaim  the claim holding the role names, a dotted path for nested claims
     *                    ({@code realm_access.roles} with Keycloak)
     */
    public record Security(String issuer, String audience, String jwkSetUri, String rolesClaim) {
        public Security {
            issuer = issuer == null ? "http://localhost:8080" : issuer;
            audience = audience == null ? "key-projects" : audience;
            jwkSetUri = jwkSetUri == null ? issuer + "/.well-known/jwks.json" : jwkSetUri;
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        }
    }
}

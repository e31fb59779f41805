package city.keyprojects.gateway.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's own token service for local accounts (the embedded default). In production an OIDC provider
 * issues the tokens instead and {@code enabled} is false (docs/security.md).
 *
 * @param issuer          the {@code iss} of every token; services check it
 * @param audience        the {@code aud} of every token; services check it
 * @param signingKeyFile  where the RSA signing key (a private JWK) is kept so that tokens survive a restart;
 *                        created on first use; without it a new key is made at every start
 * @param accounts        the local accounts, passwords as bcrypt hashes
 */
@ConfigurationProperties("gateway.identity")
public record IdentityProperties(boolean enabled, String issuer, String audience, Duration accessTokenTtl,
        Duration refreshTokenTtl, Path signingKeyFile, Lockout lockout, List<LocalAccount> accounts) {

    public IdentityProperties {
        issuer = issuer == null ? "http://localhost:8080" : issuer;
        audience = audience == null ? "key-projects" : audience;
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofHours(8) : refreshTokenTtl;
        lockout = lockout == null ? new Lockout(0, 0, null) : lockout;
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /**
     * @param slowDownAfter failures after which every further attempt waits longer (1 s, 2 s, 4 s …)
     * @param lockAfter     failures after which the account is locked for {@code lockFor}
     */
    public record Lockout(int slowDownAfter, int lockAfter, Duration lockFor) {
        public Lockout {
            slowDownAfter = slowDownAfter <= 0 ? 3 : slowDownAfter;
            lockAfter = lockAfter <= 0 ? 5 : lockAfter;
            lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        }
    }

    /**
     * A local account. {@code department} is set for department officers (the code of their department),
     * {@code creditCode} for enterprises (their unified social credit code).
     */
    public record LocalAccount(String username, String passwordHash, String name, List<String> roles,
            String department, String creditCode) {
        public LocalAccount {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}

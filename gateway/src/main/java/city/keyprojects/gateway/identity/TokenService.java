package city.keyprojects.gateway.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import city.keyprojects.gateway.identity.IdentityProperties.LocalAccount;

/**
 * Issues short-lived access tokens (JWT, RS256) and long-lived opaque refresh tokens. A refresh token is used
 * once: refreshing returns a new pair and forgets the old token, so a stolen refresh token stops working as soon
 * as its owner refreshes. Logging out forgets it.
 */
final class TokenService {

    /** The pair handed to a client, in OAuth 2.0 token-response shape. */
    record Tokens(String access_token, String token_type, long expires_in, String refresh_token) {
    }

    private record Refresh(String username, Instant expires) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final IdentityProperties properties;
    private final SigningKey signingKey;
    private final Clock clock;
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    TokenService(IdentityProperties properties, SigningKey signingKey, Clock clock) {
        this.properties = properties;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    Tokens issue(LocalAccount account) {
        Instant now = clock.instant();
        String refresh = randomToken();
        refreshTokens.put(refresh, new Refresh(account.username(), now.plus(properties.refreshTokenTtl())));
        return new Tokens(accessToken(account, now), "Bearer", properties.accessTokenTtl().toSeconds(), refresh);
    }

    /** The account a refresh token belongs to, forgetting the token; empty if unknown or expired. */
    Optional<String> redeem(String refreshToken) {
        Refresh refresh = refreshTokens.remove(refreshToken);
        if (refresh == null || !clock.instant().isBefore(refresh.expires())) {
            return Optional.empty();
        }
        return Optional.of(refresh.username());
    }

    void revoke(String refreshToken) {
        refreshTokens.remove(refreshToken);
    }

    private String accessToken(LocalAccount account, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(properties.audience())
                .subject(account.username())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(properties.accessTokenTtl())))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", account.name())
                .claim("roles", account.roles());
        if (account.department() != null) {
            claims.claim("department", account.department());
        }
        if (account.creditCode() != null) {
            claims.claim("creditCode", account.creditCode());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(signingKey.key().getKeyID()).type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(signingKey.key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
        return jwt.serialize();
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

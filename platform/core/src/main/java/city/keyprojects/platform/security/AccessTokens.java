package city.keyprojects.platform.security;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import city.keyprojects.platform.PlatformProperties;
import reactor.core.publisher.Mono;

/**
 * How every application reads an access token: RS256 only (so neither {@code none} nor an HMAC algorithm is
 * accepted), the configured issuer and audience, an expiry that has not passed and a not-before that has
 * (60 seconds of clock skew), and the platform roles from the roles claim.
 */
public final class AccessTokens {

    private final PlatformProperties.Security settings;

    public AccessTokens(PlatformProperties.Security settings) {
        this.settings = settings;
    }

    /** A decoder that fetches the issuer's public keys from its JWK set URI (and caches them). */
    public ReactiveJwtDecoder remoteDecoder() {
        return validating(NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256).build());
    }

    /**
     * Adds the platform's checks to a decoder that already verifies the signature, and remembers what passed until
     * it expires ({@link VerifiedTokenCache}).
     */
    public ReactiveJwtDecoder validating(NimbusReactiveJwtDecoder decoder) {
        decoder.setJwtValidator(validator());
        return new VerifiedTokenCache(decoder, Clock.systemUTC(), VerifiedTokenCache.CAPACITY);
    }

    OAuth2TokenValidator<Jwt> validator() {
        String audience = settings.audience();
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()),
                new JwtClaimValidator<Object>(JwtClaimNames.EXP, exp -> exp != null),
                new JwtClaimValidator<Object>(JwtClaimNames.SUB, sub -> sub != null),
                new JwtClaimValidator<Collection<?>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
    }

    /** The authentication a verified token stands for: its platform roles as authorities. */
    public Mono<AbstractAuthenticationToken> authentication(Jwt jwt) {
        List<SimpleGrantedAuthority> authorities = roles(jwt).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        return Mono.just(new JwtAuthenticationToken(jwt, authorities, jwt.getSubject()));
    }

    public CurrentUser user(Jwt jwt) {
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("name"), roles(jwt),
                jwt.getClaimAsString("department"), jwt.getClaimAsString("creditCode"));
    }

    private Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims();
        for (String part : settings.rolesClaim().split("\\.")) {
            claim = claim instanceof Map<?, ?> map ? map.get(part) : null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> names) {
            for (Object name : names) {
                for (Role role : Role.values()) {
                    if (role.name().equals(name)) {
                        roles.add(role);
                    }
                }
            }
        }
        return roles;
    }
}

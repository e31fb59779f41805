package city.keyprojects.gateway.identity;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.nimbusds.jose.JOSEException;

import city.keyprojects.platform.security.AccessTokens;

/** The local token service, on unless {@code gateway.identity.enabled=false} (an OIDC provider issues tokens). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gateway.identity.enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    @Bean
    SigningKey signingKey(IdentityProperties properties) {
        return SigningKey.loadOrCreate(properties.signingKeyFile());
    }

    @Bean
    LocalLogin localLogin(IdentityProperties properties, SigningKey signingKey, Clock clock) {
        return new LocalLogin(properties, new LoginThrottle(properties.lockout(), clock),
                new TokenService(properties, signingKey, clock));
    }

    /** The gateway checks the tokens it signed with its own public key rather than fetching its JWK set. */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SigningKey signingKey, AccessTokens tokens) throws JOSEException {
        return tokens.validating(NimbusReactiveJwtDecoder.withPublicKey(signingKey.key().toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build());
    }
}

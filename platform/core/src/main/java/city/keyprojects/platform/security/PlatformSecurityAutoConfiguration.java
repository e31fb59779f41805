package city.keyprojects.platform.security;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.PlatformProperties;
import city.keyprojects.platform.problem.ProblemResponses;

/**
 * Every application checks access tokens itself and answers only what its {@link AccessRules} table allows;
 * anything the table does not name is refused. Stateless: no session, no cookie, no CSRF token (there is no
 * cookie to forge a request with), no login form.
 *
 * <p>Health, metrics and API docs stay open on each application's own port for probes and Prometheus; the
 * gateway never routes them, and serves its own on a separate management port (docs/security.md).
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration" })
@EnableWebFluxSecurity
public class PlatformSecurityAutoConfiguration {

    private static final String[] OPERATIONS = { "/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/actuator/info", "/v3/api-docs", "/v3/api-docs/**" };

    @Bean
    AccessTokens accessTokens(PlatformProperties properties) {
        return new AccessTokens(properties.security());
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveJwtDecoder jwtDecoder(AccessTokens tokens) {
        return tokens.remoteDecoder();
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityWebFilterChain platformSecurity(ServerHttpSecurity http, ObjectProvider<AccessRules> tables, ReactiveJwtDecoder decoder,
            AccessTokens tokens, ProblemResponses responses) {
        SecurityProblems problems = new SecurityProblems(responses);
        AccessRules rules = AccessRules.combine(tables.orderedStream().toList());
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> {
                    exchanges.pathMatchers(HttpMethod.GET, OPERATIONS).permitAll();
                    for (AccessRules.Rule rule : rules.rules()) {
                        permit(exchanges.pathMatchers(rule.method(), rule.pattern()), rule);
                        if (rule.method() == HttpMethod.GET) {
                            // HEAD is GET without the body: whoever may read may ask for the headers.
                            permit(exchanges.pathMatchers(HttpMethod.HEAD, rule.pattern()), rule);
                        }
                    }
                    exchanges.anyExchange().denyAll();
                })
                .oauth2ResourceServer(server -> server
                        .bearerTokenConverter(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(tokens::authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    private static void permit(ServerHttpSecurity.AuthorizeExchangeSpec.Access access, AccessRules.Rule rule) {
        if (rule.anyone()) {
            access.permitAll();
        } else {
            access.hasAnyRole(rule.roles().stream().map(Role::name).toArray(String[]::new));
        }
    }

    /** Spring Security's strict firewall, with the same header rule answered faster ({@link AllowedHeaderValues}). */
    @Bean
    @ConditionalOnMissingBean
    ServerWebExchangeFirewall exchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderValues(new AllowedHeaderValues());
        return firewall;
    }

    /**
     * What the firewall refuses (an encoded NUL or slash, {@code ..} in the path, a control character in a header)
     * is a 400 problem like any other unreadable request, not Spring Security's empty 400.
     */
    @Bean
    @ConditionalOnMissingBean
    ServerExchangeRejectedHandler exchangeRejected(ProblemResponses responses) {
        return (exchange, rejected) -> responses.write(exchange, ProblemResponses.problem("unreadable-request",
                HttpStatus.BAD_REQUEST, "Unreadable request", "The request's path or headers hold characters or"
                        + " sequences the server refuses (an encoded NUL or slash, '..', a control character)."),
                Map.of());
    }

    @Bean
    WebFluxConfigurer currentUserParameters(AccessTokens tokens) {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CurrentUserArgumentResolver(tokens));
            }
        };
    }
}

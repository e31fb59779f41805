package city.keyprojects.platform.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/** Lets a controller method take the {@link CurrentUser} as a parameter. */
final class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    private final AccessTokens tokens;

    CurrentUserArgumentResolver(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext context,
            ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .ofType(JwtAuthenticationToken.class)
                .map(authentication -> (Object) tokens.user(authentication.getToken()))
                .defaultIfEmpty(CurrentUser.ANONYMOUS);
    }
}

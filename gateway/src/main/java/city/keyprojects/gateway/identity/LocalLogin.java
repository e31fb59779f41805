package city.keyprojects.gateway.identity;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import city.keyprojects.gateway.identity.IdentityProperties.LocalAccount;
import city.keyprojects.platform.problem.ProblemException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Use case: a person logs in with a local account, refreshes, logs out. */
final class LocalLogin {

    // Compared against when the username is unknown, so that a wrong username costs as long as a wrong password.
    private static final String DUMMY_HASH = "$2a$12$m/MqDt09l68AkG3nVpJUuepDpKfAn5m0ziFldOedlgfe1BasSCGba";

    private final Map<String, LocalAccount> accounts;
    private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();
    private final LoginThrottle throttle;
    private final TokenService tokens;

    LocalLogin(IdentityProperties properties, LoginThrottle throttle, TokenService tokens) {
        this.accounts = properties.accounts().stream()
                .collect(java.util.stream.Collectors.toMap(a -> a.username().toLowerCase(java.util.Locale.ROOT),
                        a -> a));
        this.throttle = throttle;
        this.tokens = tokens;
    }

    Mono<TokenService.Tokens> login(String username, String password) {
        Optional<Duration> wait = throttle.waitBeforeAttempt(username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
            return Mono.error(new ProblemException("too-many-attempts", HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins", "Too many failed logins for this account; try again in " + seconds
                            + " s.", Map.of("Retry-After", Long.toString(seconds))));
        }
        LocalAccount account = accounts.get(username.strip().toLowerCase(java.util.Locale.ROOT));
        // bcrypt is deliberately slow: keep it off the event loop.
        return Mono.fromCallable(() -> passwords.matches(password,
                        account != null ? account.passwordHash() : DUMMY_HASH) && account != null)
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(matches -> {
                    if (!matches) {
                        throttle.failed(username);
                        return Mono.error(invalidCredentials());
                    }
                    throttle.succeeded(username);
                    return Mono.just(tokens.issue(account));
                });
    }

    Mono<TokenService.Tokens> refresh(String refreshToken) {
        return Mono.justOrEmpty(tokens.redeem(refreshToken)
                        .map(username -> accounts.get(username.toLowerCase(java.util.Locale.ROOT))))
                .map(tokens::issue)
                .switchIfEmpty(Mono.error(() -> new ProblemException("invalid-token", HttpStatus.UNAUTHORIZED,
                        "Not signed in", "The refresh token is unknown, used or expired; log in again.",
                        Map.of("WWW-Authenticate", "Bearer"))));
    }

    void logout(String refreshToken) {
        tokens.revoke(refreshToken);
    }

    /**
     * The local accounts as an administrator sees them: who they are and whether they are locked out, never a
     * password hash. Accounts are configuration (gateway.identity.accounts); an identity provider manages them in
     * production.
     */
    List<AccountView> accounts() {
        return accounts.values().stream()
                .sorted(Comparator.comparing(LocalAccount::username))
                .map(account -> {
                    LoginThrottle.Standing standing = throttle.standing(account.username());
                    return new AccountView(account.username(), account.name(), account.roles(),
                            account.department(), account.creditCode(), standing.failedLogins(), standing.locked());
                })
                .toList();
    }

    record AccountView(String username, String name, List<String> roles, String department,
            String creditCode, int failedLogins, boolean locked) {
    }

    private static ProblemException invalidCredentials() {
        return new ProblemException("invalid-credentials", HttpStatus.UNAUTHORIZED, "Not signed in",
                "The username or the password is wrong.", Map.of("WWW-Authenticate", "Bearer"));
    }
}

package city.keyprojects.gateway.identity;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/** The local token service's endpoints; present only while {@code gateway.identity.enabled} is true. */
@RestController
@ConditionalOnProperty(name = "gateway.identity.enabled", havingValue = "true", matchIfMissing = true)
class IdentityController {

    record LoginRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    record RefreshRequest(@NotBlank @Size(max = 200) String refreshToken) {
    }

    private final LocalLogin login;
    private final SigningKey signingKey;

    IdentityController(LocalLogin login, SigningKey signingKey) {
        this.login = login;
        this.signingKey = signingKey;
    }

    @PostMapping("/api/auth/login")
    Mono<TokenService.Tokens> login(@Valid @RequestBody LoginRequest request) {
        return login.login(request.username(), request.password());
    }

    @PostMapping("/api/auth/refresh")
    Mono<TokenService.Tokens> refresh(@Valid @RequestBody RefreshRequest request) {
        return login.refresh(request.refreshToken());
    }

    @PostMapping("/api/auth/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        login.logout(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    /** The local accounts, for the centre's administrators (CITY_ADMIN, in the gateway's access table). */
    @GetMapping("/api/auth/accounts")
    List<LocalLogin.AccountView> accounts() {
        return login.accounts();
    }

    /** The public keys services use to check token signatures. */
    @GetMapping("/.well-known/jwks.json")
    Map<String, Object> jwks() {
        return signingKey.publicJwkSet();
    }
}

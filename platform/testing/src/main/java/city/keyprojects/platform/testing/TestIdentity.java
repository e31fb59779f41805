package city.keyprojects.platform.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;

/**
 * A stand-in for the token issuer in tests: one RSA key per test JVM, its public half served as a JWK set on a
 * local port (the applications under test fetch it exactly as they fetch the gateway's), and tokens for the
 * platform's users, valid or deliberately broken.
 */
public final class TestIdentity {

    /** The issuer and audience every application expects by default. */
    public static final String ISSUER = "http://localhost:8080";
    public static final String AUDIENCE = "key-projects";

    public static final CurrentUser CENTRE = user("centre", Role.CITY_ADMIN, null, null);
    public static final CurrentUser LEADER = user("leader", Role.LEADER, null, null);
    /** An officer of the housing and construction bureau (住建局). */
    public static final CurrentUser ZJJ_OFFICER = user("zjj-officer", Role.DEPT_OFFICER, "zjj", null);
    /** An officer of the natural resources bureau (自然资源局). */
    public static final CurrentUser ZRJ_OFFICER = user("zrj-officer", Role.DEPT_OFFICER, "zrj", null);
    public static final CurrentUser OFFICER = user("officer", Role.PROJECT_OFFICER, null, null);
    public static final CurrentUser OTHER_OFFICER = user("officer-2", Role.PROJECT_OFFICER, null, null);
    public static final CurrentUser ENTERPRISE = user("enterprise", Role.ENTERPRISE, null, "91350100M000100Y43");
    public static final CurrentUser OTHER_ENTERPRISE = user("enterprise-2", Role.ENTERPRISE, null,
            "91510700MA6XXXXX0U");

    private static TestIdentity shared;

    private final RSAKey key;
    private final RSAKey strangerKey;
    private final HttpServer jwks;

    private TestIdentity() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
            strangerKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            jwks.createContext("/.well-known/jwks.json", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            jwks.start();
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException("Could not set up the test identity", e);
        }
    }

    public static synchronized TestIdentity shared() {
        if (shared == null) {
            shared = new TestIdentity();
        }
        return shared;
    }

    public static CurrentUser user(String id, Role role, String department, String creditCode) {
        return new CurrentUser(id, id, Set.of(role), department, creditCode);
    }

    /** A typical user holding the role: what the authorization matrix sends. */
    public static CurrentUser typical(Role role) {
        return switch (role) {
            case CITY_ADMIN -> CENTRE;
            case LEADER -> LEADER;
            case DEPT_OFFICER -> ZJJ_OFFICER;
            case PROJECT_OFFICER -> OFFICER;
            case ENTERPRISE -> ENTERPRISE;
        };
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json";
    }

    /** {@code Bearer <a valid token for the user>}, for an {@code Authorization} header. */
    public String bearer(CurrentUser user) {
        return "Bearer " + token(user).sign();
    }

    /** The client, sending a valid token for the user with every request. */
    public WebTestClient signedIn(WebTestClient client, CurrentUser user) {
        return client.mutate().defaultHeader("Authorization", bearer(user)).build();
    }

    /** A token for the user, valid for five minutes unless changed. */
    public Token token(CurrentUser user) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.id())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("name", user.name())
                .claim("roles", user.roles().stream().map(Role::name).sorted().toList());
        if (user.department() != null) {
            claims.claim("department", user.department());
        }
        if (user.creditCode() != null) {
            claims.claim("creditCode", user.creditCode());
        }
        return new Token(claims.build());
    }

    /** A token being made; change its claims, then sign it — properly, with a stranger's key, or not at all. */
    public final class Token {

        private final JWTClaimsSet claims;

        private Token(JWTClaimsSet claims) {
            this.claims = claims;
        }

        public Token with(UnaryOperator<JWTClaimsSet.Builder> change) {
            return new Token(change.apply(new JWTClaimsSet.Builder(claims)).build());
        }

        public Token roles(List<String> roles) {
            return with(c -> c.claim("roles", roles));
        }

        public String sign() {
            return signWith(key);
        }

        /** Signed by a key the issuer does not publish, under the issuer's key id. */
        public String signWithStrangerKey() {
            return signWith(strangerKey);
        }

        /** The {@code alg: none} attack: no signature at all. */
        public String unsigned() {
            return new PlainJWT(claims).serialize();
        }

        private String signWith(RSAKey signer) {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            try {
                jwt.sign(new RSASSASigner(signer));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }
}

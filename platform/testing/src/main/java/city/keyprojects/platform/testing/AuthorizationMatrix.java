package city.keyprojects.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import city.keyprojects.platform.security.AccessRules;
import city.keyprojects.platform.security.Role;

/**
 * The authorization-matrix test of an application: every endpoint its controllers map must have a rule in its
 * {@link AccessRules} table (and every rule an endpoint), and every endpoint is called as every role and as an
 * anonymous visitor, expecting exactly what the table says: a caller the table refuses gets 401 (anonymous) or
 * 403 {@code role-not-allowed}; a caller it allows gets past the role check (whatever the endpoint then says
 * about the probe's made-up ids and empty body). The matrix is also written to
 * {@code target/authorization-matrix.md}.
 */
public final class AuthorizationMatrix {

    private static final String ROLE_NOT_ALLOWED = "/problems/role-not-allowed";
    private static final String PROBE_ID = "matrix-probe";
    private static final Set<RequestMethod> ANY_METHOD = Set.of(RequestMethod.GET, RequestMethod.POST,
            RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    private AuthorizationMatrix() {
    }

    /** The matrix of a service: its controllers' endpoints, tokens from {@link TestIdentity}. */
    public static Stream<DynamicTest> check(ApplicationContext context, WebTestClient client) {
        return check(context, client, Set.of(), role -> TestIdentity.shared().bearer(TestIdentity.typical(role)));
    }

    /**
     * @param served  endpoints served other than by controllers ({@code METHOD /pattern}), e.g. routed ones
     * @param bearer  the {@code Authorization} header value for a typical user of a role
     */
    public static Stream<DynamicTest> check(ApplicationContext context, WebTestClient client, Set<String> served,
            Function<Role, String> bearer) {
        AccessRules rules = AccessRules.combine(context.getBeanProvider(AccessRules.class).orderedStream().toList());
        Set<String> endpoints = endpoints(context);
        endpoints.addAll(served);
        Set<String> ruled = new TreeSet<>();
        rules.rules().forEach(rule -> ruled.add(rule.method().name() + ' ' + rule.pattern()));

        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("every endpoint has a rule", () -> assertThat(endpoints)
                .as("endpoints without a rule in the AccessRules table").isSubsetOf(ruled)));
        tests.add(DynamicTest.dynamicTest("every rule names an endpoint", () -> assertThat(ruled)
                .as("rules for endpoints that do not exist").isSubsetOf(endpoints)));

        StringBuilder matrix = new StringBuilder("| Endpoint |");
        AccessRules.callers().forEach(role -> matrix.append(' ').append(name(role)).append(" |"));
        matrix.append("\n|---|").append("---|".repeat(AccessRules.callers().size())).append('\n');
        for (AccessRules.Rule rule : rules.rules()) {
            matrix.append("| `").append(rule.method()).append(' ').append(rule.pattern()).append("` |");
            for (Role role : AccessRules.callers()) {
                boolean allowed = rule.allowsCaller(role);
                matrix.append(allowed ? " ✓ |" : " – |");
                tests.add(DynamicTest.dynamicTest(rule.method() + " " + rule.pattern() + " as " + name(role)
                        + (allowed ? " is allowed" : " is refused"), () -> probe(client, bearer, rule, role, allowed)));
            }
            matrix.append('\n');
        }
        write(context, matrix.toString());
        return tests.stream();
    }

    private static void probe(WebTestClient client, Function<Role, String> bearer, AccessRules.Rule rule, Role role,
            boolean allowed) {
        String path = rule.pattern().replaceAll("\\{\\*?[^}]+}|\\*\\*", PROBE_ID);
        WebTestClient.RequestBodySpec request = client.method(rule.method()).uri(path);
        if (role != null) {
            request.header("Authorization", bearer.apply(role));
        }
        boolean hasBody = rule.method() == HttpMethod.POST || rule.method() == HttpMethod.PUT
                || rule.method() == HttpMethod.PATCH;
        EntityExchangeResult<String> result;
        try {
            result = (hasBody ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}") : request).exchange()
                    .expectBody(String.class).returnResult();
        } catch (IllegalStateException unanswered) {
            // Dynamic tests get no exception handlers: the diagnostics are asked for here.
            HangDiagnostics.printIfUnanswered(rule.method() + " " + path + " as " + role, unanswered);
            throw unanswered;
        }
        int status = result.getStatus().value();
        String body = String.valueOf(result.getResponseBody());
        boolean refusedByRole = status == 403 && body.contains(ROLE_NOT_ALLOWED);
        if (allowed) {
            assertThat(status == 401 || refusedByRole).as("status %d, body %s", status, body).isFalse();
        } else if (role == null) {
            assertThat(status).as(body).isEqualTo(401);
        } else {
            assertThat(refusedByRole).as("status %d, body %s", status, body).isTrue();
        }
    }

    /**
     * {@code METHOD /pattern} of every controller mapping, springdoc's own excepted; a mapping that names no method
     * answers them all, so it needs a rule for each.
     */
    private static Set<String> endpoints(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (handler.getBeanType().getPackageName().startsWith("org.springdoc")) {
                        return;
                    }
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    for (PathPattern pattern : info.getPatternsCondition().getPatterns()) {
                        (methods.isEmpty() ? ANY_METHOD : methods).forEach(method ->
                                endpoints.add(method.name() + ' ' + pattern.getPatternString()));
                    }
                }));
        return endpoints;
    }

    private static String name(Role role) {
        return role == null ? "anonymous" : role.name();
    }

    private static void write(ApplicationContext context, String matrix) {
        try {
            Path target = Path.of("target");
            if (Files.isDirectory(target)) {
                String application = context.getEnvironment().getProperty("spring.application.name", "application");
                Files.writeString(target.resolve("authorization-matrix.md"),
                        "# Authorization matrix: " + application + "\n\n" + matrix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

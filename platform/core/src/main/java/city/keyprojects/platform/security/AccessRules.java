package city.keyprojects.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;

/**
 * A table of who may call which endpoint: method and path pattern (written exactly as in the
 * controller's mapping) to the roles allowed, or to anyone including anonymous visitors. A request no rule
 * matches is refused. The authorization-matrix test of each application checks every endpoint against this
 * table, so an endpoint without a rule fails the build.
 *
 * <p>An application may declare one table per feature; they are combined into one ({@link #combine}).
 *
 * <p>The table decides only whether a role may call an endpoint at all (function level). Whether this user may
 * touch this object — their department's item, their enterprise's project — is checked by the application
 * service on the object itself.
 */
public final class AccessRules {

    /**
     * @param method   the HTTP method
     * @param pattern  the path pattern, as in the controller mapping ({@code /api/projects/{id}})
     * @param anyone   whether anonymous visitors may call it (then every role may too)
     * @param roles    the roles that may call it
     */
    public record Rule(HttpMethod method, String pattern, boolean anyone, Set<Role> roles) {

        public Rule {
            roles = anyone ? Set.copyOf(EnumSet.allOf(Role.class)) : Set.copyOf(roles);
            if (!anyone && roles.isEmpty()) {
                throw new IllegalArgumentException(method + " " + pattern + ": a rule must allow someone");
            }
        }

        public boolean allows(Role role) {
            return roles.contains(role);
        }

        /** The expected outcome for a caller holding {@code role}, or anonymous when it is null. */
        public boolean allowsCaller(Role role) {
            return role == null ? anyone : allows(role);
        }

        String key() {
            return method.name() + ' ' + pattern;
        }
    }

    /** Names the endpoint a rule is for; finished by saying who may call it. */
    public record Endpoint(HttpMethod method, String pattern) {

        public Rule anyone() {
            return new Rule(method, pattern, true, Set.of());
        }

        /** Any signed-in user, whatever their role. */
        public Rule anyUser() {
            return new Rule(method, pattern, false, EnumSet.allOf(Role.class));
        }

        public Rule roles(Role first, Role... more) {
            EnumSet<Role> roles = EnumSet.of(first, more);
            return new Rule(method, pattern, false, roles);
        }
    }

    private final List<Rule> rules;

    private AccessRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static Endpoint endpoint(HttpMethod method, String pattern) {
        return new Endpoint(method, pattern);
    }

    public static AccessRules of(Rule... rules) {
        Map<String, Rule> byKey = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (byKey.putIfAbsent(rule.key(), rule) != null) {
                throw new IllegalArgumentException("Two rules for " + rule.key());
            }
        }
        return new AccessRules(new ArrayList<>(byKey.values()));
    }

    /**
     * One table from the tables of an application's features, in order (Spring's bean order); an endpoint ruled
     * twice is refused.
     */
    public static AccessRules combine(List<AccessRules> tables) {
        return of(tables.stream().flatMap(table -> table.rules.stream()).toArray(Rule[]::new));
    }

    public List<Rule> rules() {
        return rules;
    }

    /** The rule written for exactly this method and pattern. */
    public Optional<Rule> ruleFor(HttpMethod method, String pattern) {
        return rules.stream().filter(r -> r.method().equals(method) && r.pattern().equals(pattern)).findFirst();
    }

    /** Every role and anonymous (null), in the order the matrix lists them. */
    public static List<Role> callers() {
        List<Role> callers = new ArrayList<>(Arrays.asList(Role.values()));
        callers.add(null);
        return callers;
    }
}

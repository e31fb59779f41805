package city.keyprojects.platform.security;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

class AccessRulesTest {

    @Test
    void aRuleForAnyoneAdmitsAnonymousVisitorsAndEveryRole() {
        AccessRules.Rule rule = endpoint(HttpMethod.GET, "/api/x").anyone();

        assertThat(rule.allowsCaller(null)).isTrue();
        for (Role role : Role.values()) {
            assertThat(rule.allowsCaller(role)).as(role.name()).isTrue();
        }
    }

    @Test
    void aRuleForAnyUserAdmitsEveryRoleButNoAnonymousVisitor() {
        AccessRules.Rule rule = endpoint(HttpMethod.POST, "/api/x").anyUser();

        assertThat(rule.allowsCaller(null)).isFalse();
        assertThat(rule.roles()).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void aRuleForRolesAdmitsThoseRolesOnly() {
        AccessRules.Rule rule = endpoint(HttpMethod.POST, "/api/x").roles(Role.CITY_ADMIN, Role.PROJECT_OFFICER);

        assertThat(rule.allowsCaller(Role.CITY_ADMIN)).isTrue();
        assertThat(rule.allowsCaller(Role.PROJECT_OFFICER)).isTrue();
        assertThat(rule.allowsCaller(Role.LEADER)).isFalse();
        assertThat(rule.allowsCaller(null)).isFalse();
    }

    @Test
    void twoRulesForOneEndpointAreRefused() {
        assertThatThrownBy(() -> AccessRules.of(endpoint(HttpMethod.GET, "/api/x").anyone(),
                endpoint(HttpMethod.GET, "/api/x").roles(Role.LEADER)))
                .hasMessageContaining("GET /api/x");
    }

    @Test
    void theRuleForAnEndpointIsFoundByItsExactPattern() {
        AccessRules rules = AccessRules.of(endpoint(HttpMethod.GET, "/api/x/{id}").anyone());

        assertThat(rules.ruleFor(HttpMethod.GET, "/api/x/{id}")).isPresent();
        assertThat(rules.ruleFor(HttpMethod.POST, "/api/x/{id}")).isEmpty();
        assertThat(rules.ruleFor(HttpMethod.GET, "/api/x/{key}")).isEmpty();
    }

    @Test
    void theTablesOfSeveralFeaturesCombineInOrder() {
        AccessRules registry = AccessRules.of(endpoint(HttpMethod.GET, "/api/x").anyone());
        AccessRules plans = AccessRules.of(endpoint(HttpMethod.PUT, "/api/x/{id}/plan").roles(Role.CITY_ADMIN));

        AccessRules combined = AccessRules.combine(List.of(registry, plans));

        assertThat(combined.rules()).extracting(AccessRules.Rule::pattern).containsExactly("/api/x", "/api/x/{id}/plan");
    }

    @Test
    void twoFeaturesRulingTheSameEndpointAreRefused() {
        AccessRules one = AccessRules.of(endpoint(HttpMethod.GET, "/api/x").anyone());
        AccessRules other = AccessRules.of(endpoint(HttpMethod.GET, "/api/x").roles(Role.LEADER));

        assertThatThrownBy(() -> AccessRules.combine(List.of(one, other))).hasMessageContaining("GET /api/x");
    }
}

package city.keyprojects.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.events.Actor;

class CurrentUserTest {

    @Test
    void theActorIsTheUserInTheirMostPowerfulRole() {
        CurrentUser user = new CurrentUser("li", "Li", Set.of(Role.PROJECT_OFFICER, Role.CITY_ADMIN), null, null);

        assertThat(user.actor()).isEqualTo(new Actor("li", "CITY_ADMIN"));
    }

    @Test
    void anAnonymousVisitorHasNoRoleAndCannotBeAnActor() {
        assertThat(CurrentUser.ANONYMOUS.isAnonymous()).isTrue();
        assertThat(CurrentUser.ANONYMOUS.hasAny(Role.values())).isFalse();
        assertThatThrownBy(CurrentUser.ANONYMOUS::actor).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDepartmentOfficerActsForTheirOwnDepartmentOnly() {
        CurrentUser officer = new CurrentUser("z", null, Set.of(Role.DEPT_OFFICER), "zjj", null);

        assertThat(officer.actsForDepartment("zjj")).isTrue();
        assertThat(officer.actsForDepartment("zrj")).isFalse();
        assertThat(new CurrentUser("c", null, Set.of(Role.CITY_ADMIN), "zjj", null).actsForDepartment("zjj"))
                .as("a department claim without the role").isFalse();
    }

    @Test
    void anEnterpriseIsKnownByItsCreditCode() {
        CurrentUser enterprise = new CurrentUser("e", null, Set.of(Role.ENTERPRISE), null, "91350100M000100Y43");

        assertThat(enterprise.isEnterprise("91350100M000100Y43")).isTrue();
        assertThat(enterprise.isEnterprise("91510700MA6XXXXX0U")).isFalse();
        assertThat(enterprise.isEnterprise(null)).isFalse();
    }
}

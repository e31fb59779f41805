package city.keyprojects.project.registry.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.Role;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Responsibility;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.TestProjects;

class ProjectAccessPolicyTest {

    private static final String OWNER = "91350100M000100Y43";
    private static final Project PROJECT = TestProjects.registered("p-1", TestProjects.description("连接器产业园",
            "510703", Sector.INDUSTRIAL, Level.MUNICIPAL_KEY, new BigDecimal("950000000.00")), OWNER)
            .assignResponsibility(new Responsibility(null, null, "officer-a", null), Instant.EPOCH).project();

    private static CurrentUser user(String id, Role role, String creditCode) {
        return new CurrentUser(id, id, Set.of(role), null, creditCode);
    }

    @Test
    void staff_and_the_owner_see_internal_fields_and_nobody_else_does() {
        assertThat(ProjectAccessPolicy.seesInternalFields(user("c", Role.CITY_ADMIN, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.seesInternalFields(user("l", Role.LEADER, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.seesInternalFields(user("d", Role.DEPT_OFFICER, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.seesInternalFields(user("o", Role.PROJECT_OFFICER, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.seesInternalFields(user("e", Role.ENTERPRISE, OWNER), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.seesInternalFields(user("x", Role.ENTERPRISE, "91510700MA6XXXXX0U"),
                PROJECT)).isFalse();
        assertThat(ProjectAccessPolicy.seesInternalFields(CurrentUser.ANONYMOUS, PROJECT)).isFalse();
    }

    @Test
    void the_centre_and_the_projects_own_officer_maintain_it() {
        assertThat(ProjectAccessPolicy.mayMaintain(user("c", Role.CITY_ADMIN, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.mayMaintain(user("officer-a", Role.PROJECT_OFFICER, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.mayMaintain(user("officer-b", Role.PROJECT_OFFICER, null), PROJECT)).isFalse();
        assertThat(ProjectAccessPolicy.mayMaintain(user("e", Role.ENTERPRISE, OWNER), PROJECT)).isFalse();
    }

    @Test
    void an_officer_maintains_nothing_before_being_assigned() {
        Project unassigned = TestProjects.registered("p-2",
                TestProjects.description("x", "510703", Sector.OTHER, Level.DISTRICT_KEY, null), null);

        assertThat(ProjectAccessPolicy.mayMaintain(user("officer-a", Role.PROJECT_OFFICER, null), unassigned))
                .isFalse();
    }

    @Test
    void only_the_centre_fast_tracks_a_project() {
        assertThat(ProjectAccessPolicy.mayFastTrack(user("c", Role.CITY_ADMIN, null))).isTrue();
        assertThat(ProjectAccessPolicy.mayFastTrack(user("officer-a", Role.PROJECT_OFFICER, null))).isFalse();
    }

    @Test
    void the_audit_trail_is_for_the_centre_leaders_and_the_projects_officer() {
        assertThat(ProjectAccessPolicy.mayReadHistory(user("l", Role.LEADER, null), PROJECT)).isTrue();
        assertThat(ProjectAccessPolicy.mayReadHistory(user("officer-a", Role.PROJECT_OFFICER, null), PROJECT))
                .isTrue();
        assertThat(ProjectAccessPolicy.mayReadHistory(user("officer-b", Role.PROJECT_OFFICER, null), PROJECT))
                .isFalse();
        assertThat(ProjectAccessPolicy.mayReadHistory(user("d", Role.DEPT_OFFICER, null), PROJECT)).isFalse();
    }
}

package city.keyprojects.issue.visits.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import city.keyprojects.issue.visits.domain.VisitKind;
import city.keyprojects.issue.visits.domain.VisitReport;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import city.keyprojects.platform.testing.TestIdentity;

class VisitAccessPolicyTest {

    private static final CurrentUser WANG = TestIdentity.user("leader-wang", Role.LEADER, null, null);
    private static final CurrentUser ZJJ = TestIdentity.user("zjj-officer", Role.DEPT_OFFICER, "zjj", null);

    @Test
    void a_leader_logs_their_own_visit_and_is_its_leader_by_default() {
        assertThat(VisitAccessPolicy.asLoggedBy(WANG, led(null, null)).leader()).isEqualTo("leader-wang");
        assertThat(VisitAccessPolicy.asLoggedBy(WANG, led("leader-wang", "zjj")))
                .extracting(VisitReport::leader, VisitReport::department).containsExactly("leader-wang", "zjj");
    }

    @Test
    void a_leader_may_not_log_another_leaders_visit() {
        assertThatThrownBy(() -> VisitAccessPolicy.asLoggedBy(WANG, led("leader-li", null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void a_department_officer_logs_the_own_departments_visit_naming_the_leader_who_came_along() {
        assertThat(VisitAccessPolicy.asLoggedBy(ZJJ, led(null, null)))
                .extracting(VisitReport::leader, VisitReport::department).containsExactly(null, "zjj");
        assertThat(VisitAccessPolicy.asLoggedBy(ZJJ, led("leader-li", "zjj")))
                .extracting(VisitReport::leader, VisitReport::department).containsExactly("leader-li", "zjj");
    }

    @Test
    void a_department_officer_may_not_log_another_departments_visit() {
        assertThatThrownBy(() -> VisitAccessPolicy.asLoggedBy(ZJJ, led(null, "zrj")))
                .isInstanceOf(ForbiddenException.class);
        CurrentUser withoutDepartment = TestIdentity.user("nobody", Role.DEPT_OFFICER, null, null);
        assertThatThrownBy(() -> VisitAccessPolicy.asLoggedBy(withoutDepartment, led(null, null)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_centre_logs_for_any_leader_and_department_as_stated() {
        VisitReport report = led("leader-li", "zrj");

        assertThat(VisitAccessPolicy.asLoggedBy(TestIdentity.CENTRE, report)).isEqualTo(report);
        assertThat(VisitAccessPolicy.asLoggedBy(TestIdentity.CENTRE, led(null, null)).leader()).isNull();
    }

    @Test
    void project_officers_and_enterprises_log_no_visits() {
        for (CurrentUser user : List.of(TestIdentity.OFFICER, TestIdentity.ENTERPRISE)) {
            assertThatThrownBy(() -> VisitAccessPolicy.asLoggedBy(user, led(null, null)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    private static VisitReport led(String leader, String department) {
        return new VisitReport(VisitKind.SITE_VISIT, List.of("P-1"), LocalDate.of(2026, 3, 2), leader, department,
                List.of(), "现场办公", List.of(), List.of());
    }
}

package city.keyprojects.approval.cases.web;

import static city.keyprojects.platform.security.AccessRules.endpoint;
import static city.keyprojects.platform.security.Role.CITY_ADMIN;
import static city.keyprojects.platform.security.Role.DEPT_OFFICER;
import static city.keyprojects.platform.security.Role.ENTERPRISE;
import static city.keyprojects.platform.security.Role.LEADER;
import static city.keyprojects.platform.security.Role.PROJECT_OFFICER;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import city.keyprojects.platform.security.AccessRules;

/**
 * Who may call the approval-case endpoints. Which case, item or department a user may touch is decided per object
 * by {@code ApprovalAccessPolicy}.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalCaseAccessRules {

    @Bean
    AccessRules approvalCaseEndpoints() {
        return AccessRules.of(
                // The applicant enterprise applies, or its project officer for it (代办).
                endpoint(HttpMethod.POST, "/api/approvals/cases").roles(ENTERPRISE, PROJECT_OFFICER),
                endpoint(HttpMethod.GET, "/api/approvals/cases/{caseId}")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                endpoint(HttpMethod.GET, "/api/approvals/cases/{caseId}/history")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                // Decisions and verifications: an officer of the item's department.
                endpoint(HttpMethod.POST, "/api/approvals/cases/{caseId}/items/{itemCode}/decisions")
                        .roles(DEPT_OFFICER),
                endpoint(HttpMethod.POST, "/api/approvals/cases/{caseId}/items/{itemCode}/verification")
                        .roles(DEPT_OFFICER),
                // The applicant's answers.
                endpoint(HttpMethod.POST, "/api/approvals/cases/{caseId}/items/{itemCode}/resubmission")
                        .roles(ENTERPRISE, PROJECT_OFFICER),
                endpoint(HttpMethod.POST, "/api/approvals/cases/{caseId}/items/{itemCode}/cure")
                        .roles(ENTERPRISE, PROJECT_OFFICER),
                endpoint(HttpMethod.PUT, "/api/approvals/cases/{caseId}/joint-inspection")
                        .roles(CITY_ADMIN, DEPT_OFFICER),
                endpoint(HttpMethod.GET, "/api/approvals/projects/{projectId}/progress")
                        .roles(CITY_ADMIN, LEADER, DEPT_OFFICER, PROJECT_OFFICER, ENTERPRISE),
                // Queues, overdue lists and statistics: government staff (a department its own).
                endpoint(HttpMethod.GET, "/api/approvals/queue").roles(CITY_ADMIN, LEADER, DEPT_OFFICER),
                endpoint(HttpMethod.GET, "/api/approvals/overdue").roles(CITY_ADMIN, LEADER, DEPT_OFFICER),
                endpoint(HttpMethod.GET, "/api/approvals/statistics").roles(CITY_ADMIN, LEADER, DEPT_OFFICER));
    }
}

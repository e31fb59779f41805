package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.domain.ApplicationForm;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.CaseStatus;
import city.keyprojects.approval.cases.domain.CombinedResult;
import city.keyprojects.approval.cases.domain.JointInspection;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;

/**
 * An approval case as of {@code asOf}. Each item carries its own version, which a decision on it quotes; the joint
 * inspection its revision.
 */
record CaseView(String caseId, long version, String projectId, String projectName, ApprovalStage stage,
        String stageName, int attempt, long catalogueVersion, String applicant, String applicantName, String filedBy,
        boolean agent, ApplicationForm form, LocalDate openedOn, CaseStatus status, CombinedResult result,
        LocalDate closedOn, boolean jointAcceptance, JointInspection jointInspection, LocalDate asOf,
        List<ItemView> items) {

    static CaseView of(Stored<ApprovalCase> stored, LocalDate asOf, WorkingDayCalendar calendar) {
        ApprovalCase c = stored.state();
        return new CaseView(c.caseId(), stored.version(), c.projectId(), c.projectName(), c.stage(),
                c.stage().chineseName(), c.attempt(), c.catalogueVersion(), c.applicant(), c.applicantName(),
                c.filedBy(), c.agent(), c.form(), c.openedOn(), c.status(), c.result(), c.closedOn(),
                c.stage().isJointAcceptance(), c.jointInspection(), asOf,
                c.items().stream().map(item -> ItemView.of(c, item, asOf, calendar)).toList());
    }
}

package city.keyprojects.approval.cases.application;

import java.util.List;

import org.springframework.stereotype.Service;

import city.keyprojects.approval.catalogue.application.ApprovalCatalogues;
import city.keyprojects.approval.catalogue.domain.ApprovalStage;
import city.keyprojects.approval.cases.domain.ApplicationForm;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.cases.domain.ApprovalRules;
import city.keyprojects.approval.cases.domain.CaseStatus;
import city.keyprojects.approval.projects.application.KnownProject;
import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.DuplicateAggregateException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.RuleViolationException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/**
 * Use case: the applicant, or the project officer acting for it (代办), opens a stage of a project's approval with
 * one form; every item of the stage starts at once in its department's queue, with the current catalogue's limits.
 */
@Service
public class OpeningApprovalStage {

    private final ApprovalCases cases;
    private final KnownProjects projects;
    private final ApprovalCatalogues catalogues;
    private final WorkingDayCalendar calendar;

    OpeningApprovalStage(ApprovalCases cases, KnownProjects projects, ApprovalCatalogues catalogues,
            WorkingDayCalendar calendar) {
        this.cases = cases;
        this.projects = projects;
        this.catalogues = catalogues;
        this.calendar = calendar;
    }

    public Mono<Stored<ApprovalCase>> open(String projectId, ApprovalStage stage, ApplicationForm form,
            CurrentUser user) {
        return projects.byId(projectId).flatMap(project -> {
            if (!ApprovalAccessPolicy.actsForApplicant(user, project)) {
                return Mono.error(new ForbiddenException("Only the project's owner enterprise, or the project officer"
                        + " assigned to it acting on its behalf, may apply for its approvals."));
            }
            return cases.ofProject(projectId).filter(stored -> stored.state().stage() == stage).collectList()
                    .flatMap(earlier -> catalogues.current().flatMap(catalogue -> {
                        int attempt = nextAttempt(earlier.stream().map(Stored::state).toList(), stage);
                        ApprovalCase.Result opened = ApprovalCase.open(projectId, project.name(), stage, attempt,
                                catalogue, applicant(user, project), form, cases.today(), calendar);
                        return cases.create(opened, user.actor());
                    }))
                    // Two openings of the same stage at once: the second finds the first's id taken.
                    .onErrorMap(DuplicateAggregateException.class, duplicate -> openAlready(stage));
        });
    }

    private static ApprovalCase.Applicant applicant(CurrentUser user, KnownProject project) {
        return new ApprovalCase.Applicant(project.ownerCreditCode(), project.applicant(), user.id(),
                ApprovalAccessPolicy.isAgent(user, project));
    }

    /** A stage is applied for again only after it was rejected; a completed one is never opened again. */
    private static int nextAttempt(List<ApprovalCase> earlier, ApprovalStage stage) {
        for (ApprovalCase approvalCase : earlier) {
            if (approvalCase.status() == CaseStatus.OPEN) {
                throw openAlready(stage);
            }
            if (approvalCase.status() == CaseStatus.COMPLETED) {
                throw new RuleViolationException(ApprovalRules.STAGE_COMPLETED_ONCE,
                        "Stage " + stage + " of this project was completed by case " + approvalCase.caseId() + ".");
            }
        }
        return earlier.size() + 1;
    }

    private static RuleViolationException openAlready(ApprovalStage stage) {
        return new RuleViolationException(ApprovalRules.ONE_OPEN_CASE_PER_STAGE,
                "Stage " + stage + " of this project already has an open case.");
    }
}

package city.keyprojects.approval.cases.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.approval.projects.application.KnownProjects;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import reactor.core.publisher.Mono;

/**
 * Use cases of the applicant (or the project officer acting for it): resubmitting an item returned for correction
 * or returned, and delivering the materials owed after an acceptance with deficiencies.
 */
@Service
public class RespondingAsApplicant {

    private final ApprovalCases cases;
    private final KnownProjects projects;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    RespondingAsApplicant(ApprovalCases cases, KnownProjects projects, WorkingDayCalendar calendar, Clock clock) {
        this.cases = cases;
        this.projects = projects;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Mono<Stored<ApprovalCase>> resubmit(String caseId, String itemCode, long itemVersion, String note,
            CurrentUser user) {
        return cases.change(caseId, stored -> requireApplicant(stored.state(), user).then(Mono.fromCallable(
                () -> stored.state().resubmit(itemCode, itemVersion, note, user.id(), cases.today(), clock.instant(),
                        calendar))), user.actor());
    }

    public Mono<Stored<ApprovalCase>> cureDeficiencies(String caseId, String itemCode, long itemVersion,
            String note, CurrentUser user) {
        return cases.change(caseId, stored -> requireApplicant(stored.state(), user).then(Mono.fromCallable(
                () -> stored.state().cureDeficiencies(itemCode, itemVersion, note, user.id(), cases.today(),
                        clock.instant(), calendar))), user.actor());
    }

    private Mono<Void> requireApplicant(ApprovalCase approvalCase, CurrentUser user) {
        return projects.byId(approvalCase.projectId()).flatMap(project ->
                ApprovalAccessPolicy.actsForApplicant(user, project) ? Mono.<Void>empty()
                        : Mono.error(new ForbiddenException("Only the applicant enterprise, or the project officer"
                                + " acting for it, answers for the application.")));
    }
}

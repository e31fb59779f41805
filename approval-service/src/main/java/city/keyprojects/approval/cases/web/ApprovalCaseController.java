package city.keyprojects.approval.cases.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.approval.cases.application.DecidingApprovalItem;
import city.keyprojects.approval.cases.application.FindingApprovals;
import city.keyprojects.approval.cases.application.OpeningApprovalStage;
import city.keyprojects.approval.cases.application.RespondingAsApplicant;
import city.keyprojects.approval.cases.domain.ApprovalCase;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.events.HistoryEntry;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/** Approval cases: opening a stage, the departments' decisions, the applicant's answers; rules in the access table. */
@RestController
@RequestMapping("/api/approvals/cases")
class ApprovalCaseController {

    private final OpeningApprovalStage opening;
    private final DecidingApprovalItem deciding;
    private final RespondingAsApplicant responding;
    private final FindingApprovals finding;
    private final WorkingDayCalendar calendar;

    ApprovalCaseController(OpeningApprovalStage opening, DecidingApprovalItem deciding,
            RespondingAsApplicant responding, FindingApprovals finding, WorkingDayCalendar calendar) {
        this.opening = opening;
        this.deciding = deciding;
        this.responding = responding;
        this.finding = finding;
        this.calendar = calendar;
    }

    @PostMapping
    Mono<ResponseEntity<CaseView>> open(@Valid @RequestBody OpenStageRequest request, CurrentUser user) {
        return opening.open(request.projectId().strip(), request.stage(), request.toForm(), user)
                .map(stored -> ResponseEntity.created(URI.create("/api/approvals/cases/" + stored.id()))
                        .body(view(stored)));
    }

    @GetMapping("/{caseId}")
    Mono<CaseView> byId(@PathVariable String caseId, CurrentUser user) {
        return finding.byId(caseId, user).map(this::view);
    }

    /** Who did what in the case, when, in which role and request. */
    @GetMapping("/{caseId}/history")
    Mono<List<HistoryEntry>> history(@PathVariable String caseId, CurrentUser user) {
        return finding.history(caseId, user).map(HistoryEntry::of).collectList();
    }

    @PostMapping("/{caseId}/items/{itemCode}/decisions")
    Mono<CaseView> decide(@PathVariable String caseId, @PathVariable String itemCode,
            @Valid @RequestBody DecideItemRequest request, CurrentUser user) {
        return deciding.decide(caseId, itemCode, request.version(), request.toCommand(), user).map(this::view);
    }

    @PostMapping("/{caseId}/items/{itemCode}/resubmission")
    Mono<CaseView> resubmit(@PathVariable String caseId, @PathVariable String itemCode,
            @Valid @RequestBody ApplicantAnswerRequest request, CurrentUser user) {
        return responding.resubmit(caseId, itemCode, request.version(), strip(request.note()), user)
                .map(this::view);
    }

    @PostMapping("/{caseId}/items/{itemCode}/cure")
    Mono<CaseView> cure(@PathVariable String caseId, @PathVariable String itemCode,
            @Valid @RequestBody ApplicantAnswerRequest request, CurrentUser user) {
        return responding.cureDeficiencies(caseId, itemCode, request.version(), strip(request.note()), user)
                .map(this::view);
    }

    @PostMapping("/{caseId}/items/{itemCode}/verification")
    Mono<CaseView> verify(@PathVariable String caseId, @PathVariable String itemCode,
            @Valid @RequestBody VerifyCommitmentRequest request, CurrentUser user) {
        return deciding.verifyCommitment(caseId, itemCode, request.version(), request.passed(),
                request.findings().strip(), user).map(this::view);
    }

    @PutMapping("/{caseId}/joint-inspection")
    Mono<CaseView> jointInspection(@PathVariable String caseId, @Valid @RequestBody JointInspectionRequest request,
            CurrentUser user) {
        return deciding.scheduleJointInspection(caseId, request.revision(), request.date(), request.place().strip(),
                user).map(this::view);
    }

    private CaseView view(Stored<ApprovalCase> stored) {
        return CaseView.of(stored, finding.today(), calendar);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}

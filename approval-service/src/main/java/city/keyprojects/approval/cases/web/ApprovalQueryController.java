package city.keyprojects.approval.cases.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.approval.cases.application.FindingApprovals;
import city.keyprojects.approval.cases.domain.DepartmentStatistics;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/** Queries across cases: a project's progress, a department's queue, the overdue items, statistics. */
@RestController
class ApprovalQueryController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String DEPARTMENT = "[a-z][a-z0-9]{1,15}";

    private final FindingApprovals finding;
    private final WorkingDayCalendar calendar;

    ApprovalQueryController(FindingApprovals finding, WorkingDayCalendar calendar) {
        this.finding = finding;
        this.calendar = calendar;
    }

    @GetMapping("/api/approvals/projects/{projectId}/progress")
    Mono<ProgressView> progress(@PathVariable String projectId, CurrentUser user) {
        return finding.progress(projectId, user)
                .map(cases -> ProgressView.of(projectId, cases, finding.today(), calendar));
    }

    /** A department's undecided items by due date; a department officer's own by default. */
    @GetMapping("/api/approvals/queue")
    Mono<QueuePage> queue(@RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        String of = department != null ? department : user.department();
        if (of == null) {
            throw new InvalidInputException("department", "name the department whose queue to read");
        }
        return finding.queue(of, page, size, user)
                .map(found -> QueuePage.of(of, found, finding.today(), calendar, page, size));
    }

    /**
     * Items past their limit: of one department (a department officer's own by default), or city-wide for the
     * centre and leaders.
     */
    @GetMapping("/api/approvals/overdue")
    Mono<QueuePage> overdue(@RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        String of = department != null ? department : user.department();
        return finding.overdue(of, page, size, user)
                .map(found -> QueuePage.of(of, found, finding.today(), calendar, page, size));
    }

    record StatisticsView(LocalDate from, LocalDate to, List<DepartmentStatistics> departments) {
    }

    /** Department statistics for the days from–to (inclusive): of one department, or of all. */
    @GetMapping("/api/approvals/statistics")
    Mono<StatisticsView> statistics(@RequestParam LocalDate from, @RequestParam LocalDate to,
            @RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department, CurrentUser user) {
        return finding.statistics(department, from, to, user)
                .map(departments -> new StatisticsView(from, to, departments));
    }
}

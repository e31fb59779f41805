package city.keyprojects.issue.visits.web;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.issue.visits.application.FindingVisits;
import city.keyprojects.issue.visits.application.LoggingVisits;
import city.keyprojects.issue.visits.domain.LeaderMonth;
import city.keyprojects.issue.visits.domain.VisitRules;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/** Site visits (走访) and promotion meetings (专题推进会); who may call what is in {@code VisitAccessRules}. */
@RestController
@RequestMapping("/api/issues/visits")
class VisitController {

    static final int MAX_PAGE_SIZE = 100;
    static final String MONTH = "20\\d{2}-(0[1-9]|1[0-2])";
    static final String MONTH_MESSAGE = "must be a month YYYY-MM between 2000-01 and 2099-12";

    private final LoggingVisits logging;
    private final FindingVisits finding;

    VisitController(LoggingVisits logging, FindingVisits finding) {
        this.logging = logging;
        this.finding = finding;
    }

    @PostMapping
    Mono<ResponseEntity<VisitView>> log(@Valid @RequestBody LogVisitRequest request, CurrentUser user) {
        return logging.log(request.toReport(), user).map(stored -> ResponseEntity
                .created(URI.create("/api/issues/visits/" + stored.id())).body(VisitView.of(stored)));
    }

    @GetMapping("/{visitId}")
    Mono<VisitView> byId(@PathVariable @Size(max = VisitRules.MAX_ID_LENGTH) String visitId) {
        return finding.byId(visitId).map(VisitView::of);
    }

    /** Visits of a project, led by a leader, made by a department and/or in a month; the latest day first. */
    @GetMapping
    Mono<VisitPageView> page(@RequestParam(required = false) @Size(max = VisitRules.MAX_ID_LENGTH) String projectId,
            @RequestParam(required = false) @Size(max = VisitRules.MAX_ID_LENGTH) String leader,
            @RequestParam(required = false) @Pattern(regexp = VisitRules.DEPARTMENT) String department,
            @RequestParam(required = false) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        FindingVisits.VisitFilter filter = new FindingVisits.VisitFilter(projectId, leader, department,
                month == null ? null : YearMonth.parse(month));
        return finding.page(filter, page, size).map(found -> new VisitPageView(
                found.items().stream().map(VisitView::of).toList(), page, size, found.total()));
    }

    record LeadersView(YearMonth month, List<LeaderMonth> leaders) {
    }

    /** Every leader who led a visit or meeting in the month (this month by default), with the expectation. */
    @GetMapping("/leaders")
    Mono<LeadersView> leaders(
            @RequestParam(required = false) @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month) {
        YearMonth of = month == null ? YearMonth.from(finding.today()) : YearMonth.parse(month);
        return finding.leadersIn(of).map(found -> new LeadersView(of, found));
    }

    record LeaderYearView(String leader, int year, List<LeaderMonth> months) {
    }

    /** One leader's twelve months of a year (this year by default). */
    @GetMapping("/leaders/{leader}")
    Mono<LeaderYearView> leaderYear(@PathVariable @Size(max = VisitRules.MAX_ID_LENGTH) String leader,
            @RequestParam(required = false) @Min(2000) @Max(2099) Integer year) {
        int of = year == null ? finding.today().getYear() : year;
        return finding.leaderYear(leader, of).map(months -> new LeaderYearView(leader, of, months));
    }
}

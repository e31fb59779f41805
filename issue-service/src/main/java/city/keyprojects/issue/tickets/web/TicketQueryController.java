package city.keyprojects.issue.tickets.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.issue.tickets.application.Departments;
import city.keyprojects.issue.tickets.application.FindingTickets;
import city.keyprojects.issue.tickets.application.FindingTickets.Filter;
import city.keyprojects.issue.tickets.domain.TicketCategory;
import city.keyprojects.issue.tickets.domain.TicketStatistics;
import city.keyprojects.issue.tickets.domain.TicketStep;
import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.security.CurrentUser;
import reactor.core.publisher.Mono;

/**
 * Lists across tickets — all a user may see, the board by step, mine, a department's, a project's, the overdue ones,
 * the supervision list — and statistics. Each list holds only what the asking user may read.
 */
@RestController
class TicketQueryController {

    static final int MAX_PAGE_SIZE = 100;
    private static final String DEPARTMENT = "[a-z][a-z0-9]{1,15}";

    private final FindingTickets finding;
    private final Departments departments;
    private final WorkingDayCalendar calendar;

    TicketQueryController(FindingTickets finding, Departments departments, WorkingDayCalendar calendar) {
        this.finding = finding;
        this.departments = departments;
        this.calendar = calendar;
    }

    /** The tickets the user may see, narrowed by step, category, project, department or supervision. */
    @GetMapping("/api/issues/tickets")
    Mono<TicketPage> visible(@RequestParam(required = false) TicketStep step,
            @RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) @Size(max = 100) String projectId,
            @RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(required = false) Boolean supervised,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        known(department);
        return finding.visible(user, new Filter(step, category, projectId, department, supervised), page, size)
                .map(found -> page(found, page, size));
    }

    record BoardView(LocalDate asOf, List<Column> columns) {

        record Column(TicketStep step, long total, List<TicketView> tickets) {
        }
    }

    /** The board (看板): every step with how many visible tickets are in it and the first {@code limit}, soonest due first. */
    @GetMapping("/api/issues/board")
    Mono<BoardView> board(@RequestParam(required = false) TicketCategory category,
            @RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(defaultValue = "10") @Min(1) @Max(MAX_PAGE_SIZE) int limit, CurrentUser user) {
        known(department);
        LocalDate today = finding.today();
        return finding.board(user, new Filter(null, category, null, department, null), limit)
                .map(columns -> new BoardView(today, columns.stream().map(column -> new BoardView.Column(
                        column.step(), column.total(), column.tickets().stream()
                                .map(stored -> TicketView.of(stored, today, calendar)).toList())).toList()));
    }

    /** My tickets: those I handle or reported (or my enterprise did), and those on projects I am officer or owner of. */
    @GetMapping("/api/issues/my-tickets")
    Mono<TicketPage> mine(@RequestParam(required = false) TicketStep step,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        return finding.mine(user, new Filter(step, null, null, null, null), page, size)
                .map(found -> page(found, page, size));
    }

    @GetMapping("/api/issues/departments/{department}/tickets")
    Mono<TicketPage> ofDepartment(@PathVariable @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(required = false) TicketStep step,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        known(department);
        return finding.ofDepartment(department, user, new Filter(step, null, null, null, null), page, size)
                .map(found -> page(found, page, size));
    }

    @GetMapping("/api/issues/projects/{projectId}/tickets")
    Mono<TicketPage> ofProject(@PathVariable @Size(max = 100) String projectId,
            @RequestParam(required = false) TicketStep step,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        return finding.ofProject(projectId, user, new Filter(step, null, null, null, null), page, size)
                .map(found -> page(found, page, size));
    }

    /** Visible tickets past their due date without an answer, the longest overdue first. */
    @GetMapping("/api/issues/overdue")
    Mono<TicketPage> overdue(@RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        known(department);
        return finding.overdue(user, new Filter(null, null, null, department, null), page, size)
                .map(found -> page(found, page, size));
    }

    /** The supervision list (挂牌督办): tickets listed for supervision and not yet closed. */
    @GetMapping("/api/issues/supervision")
    Mono<TicketPage> supervision(@RequestParam(required = false) @Pattern(regexp = DEPARTMENT) String department,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        known(department);
        return finding.supervised(user, new Filter(null, null, null, department, null), page, size)
                .map(found -> page(found, page, size));
    }

    record StatisticsView(String of, LocalDate asOf, TicketStatistics statistics) {
    }

    @GetMapping("/api/issues/statistics/projects/{projectId}")
    Mono<StatisticsView> projectStatistics(@PathVariable @Size(max = 100) String projectId, CurrentUser user) {
        return finding.ofProjectStatistics(projectId, user)
                .map(statistics -> new StatisticsView(projectId, finding.today(), statistics));
    }

    @GetMapping("/api/issues/statistics/departments/{department}")
    Mono<StatisticsView> departmentStatistics(@PathVariable @Pattern(regexp = DEPARTMENT) String department,
            CurrentUser user) {
        known(department);
        return finding.ofDepartmentStatistics(department, user)
                .map(statistics -> new StatisticsView(department, finding.today(), statistics));
    }

    /** A department code no ticket can ever be handed to is a mistake, not an empty list. */
    private void known(String department) {
        if (department != null) {
            departments.requireKnown(department);
        }
    }

    private TicketPage page(FindingTickets.Page found, int page, int size) {
        return TicketPage.of(found, finding.today(), calendar, page, size);
    }
}

package city.keyprojects.project.investment.web;

import java.time.YearMonth;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.problem.InvalidInputException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.investment.application.FindingInvestment;
import city.keyprojects.project.investment.application.PlanningInvestment;
import city.keyprojects.project.investment.application.ReportingInvestment;
import reactor.core.publisher.Mono;

/**
 * Annual investment plans and monthly investment reports of a project; who may call what is in
 * {@link InvestmentAccessRules}.
 */
@RestController
@RequestMapping("/api/projects/{id}")
class InvestmentController {

    // Path variables of the PUTs are checked here rather than by annotations: a constraint on any parameter turns
    // the body's field errors into one error named after the parameter.
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2099;
    /** {@code YYYY-MM}, years 2000–2099 like the plans. */
    static final String MONTH = "20\\d{2}-(0[1-9]|1[0-2])";
    static final String MONTH_MESSAGE = "must be a month YYYY-MM between 2000-01 and 2099-12";

    private final PlanningInvestment planning;
    private final ReportingInvestment reporting;
    private final FindingInvestment finding;

    InvestmentController(PlanningInvestment planning, ReportingInvestment reporting, FindingInvestment finding) {
        this.planning = planning;
        this.reporting = reporting;
        this.finding = finding;
    }

    @PutMapping("/annual-plans/{year}")
    Mono<AnnualPlanView> setAnnualPlan(@PathVariable String id, @PathVariable int year,
            @Valid @RequestBody AnnualPlanRequest request, CurrentUser user) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInputException("year", "must be between " + MIN_YEAR + " and " + MAX_YEAR);
        }
        return planning.setAnnualPlan(id, year, request.annualAmount(), request.monthlyAmounts(), request.revision(),
                user).map(plan -> AnnualPlanView.of(plan.planFor(year).orElseThrow()));
    }

    @PutMapping("/monthly-reports/{month}")
    Mono<MonthlyReportView> report(@PathVariable String id, @PathVariable String month,
            @Valid @RequestBody MonthlyReportRequest request, CurrentUser user) {
        if (!month.matches(MONTH)) {
            throw new InvalidInputException("month", MONTH_MESSAGE);
        }
        YearMonth reported = YearMonth.parse(month);
        return reporting.report(id, reported, request.toValues(), request.revision(), user)
                .map(plan -> MonthlyReportView.of(id, plan.reportFor(reported).orElseThrow()));
    }

    @GetMapping("/monthly-reports/{month}")
    Mono<MonthlyReportView> monthlyReport(@PathVariable String id,
            @PathVariable @Pattern(regexp = MONTH, message = MONTH_MESSAGE) String month, CurrentUser user) {
        return finding.report(id, YearMonth.parse(month), user).map(report -> MonthlyReportView.of(id, report));
    }

    /** The year's plan, months and totals; {@code year} defaults to the current one. */
    @GetMapping("/investment")
    Mono<InvestmentView> investment(@PathVariable String id,
            @RequestParam(required = false) @Min(MIN_YEAR) @Max(MAX_YEAR) Integer year, CurrentUser user) {
        return finding.year(id, year, user).map(overview -> InvestmentView.of(id, overview));
    }
}

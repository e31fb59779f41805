package city.keyprojects.project.investment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.project.investment.domain.MonthlyReport;
import city.keyprojects.project.investment.domain.ReportingDeadline;
import city.keyprojects.project.investment.domain.YearSummary;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import reactor.core.publisher.Mono;

/** Queries: a project's investment in a year, and one month's report with every revision. */
@Service
public class FindingInvestment {

    private final LoadingInvestment loading;
    private final ReportingDeadline deadline;
    private final Clock clock;

    FindingInvestment(LoadingInvestment loading, ReportingDeadline deadline, Clock clock) {
        this.loading = loading;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The year (the current one when null) as seen today, in the city's time zone. */
    public Mono<Overview> year(String projectId, Integer year, CurrentUser user) {
        return readable(projectId, user).map(investment -> {
            LocalDate today = LocalDate.now(clock);
            return new Overview(investment.project().description().totalInvestment(),
                    investment.plan().summary(year == null ? today.getYear() : year, today, deadline));
        });
    }

    /** The project's total investment beside the year's summary. */
    public record Overview(BigDecimal totalInvestment, YearSummary summary) {
    }

    public Mono<MonthlyReport> report(String projectId, YearMonth month, CurrentUser user) {
        return readable(projectId, user).flatMap(investment -> Mono.justOrEmpty(investment.plan().reportFor(month)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "No report for " + month + " on project " + projectId + ".")));
    }

    /** Staff and the owner enterprise; other enterprises are refused. */
    private Mono<ProjectInvestment> readable(String projectId, CurrentUser user) {
        return loading.load(projectId).flatMap(investment -> ProjectAccessPolicy.seesInternalFields(user,
                investment.project()) ? Mono.just(investment)
                        : Mono.error(new ForbiddenException(
                                "A project's investment reports are for government staff and its owner.")));
    }
}

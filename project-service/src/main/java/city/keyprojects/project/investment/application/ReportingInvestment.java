package city.keyprojects.project.investment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.project.investment.domain.InvestmentPlan;
import city.keyprojects.project.investment.domain.ReportValues;
import city.keyprojects.project.investment.domain.ReportingDeadline;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import reactor.core.publisher.Mono;

/** Use case: the project's officer (or the centre) reports a month's investment and progress, or corrects it. */
@Service
public class ReportingInvestment {

    private final LoadingInvestment loading;
    private final ReportingDeadline deadline;
    private final Clock clock;

    ReportingInvestment(LoadingInvestment loading, ReportingDeadline deadline, Clock clock) {
        this.loading = loading;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** Checked in this order: 404 unknown project, 403 not the project's officer, 409 stale revision or a rule. */
    public Mono<InvestmentPlan> report(String projectId, YearMonth month, ReportValues values, int readRevision,
            CurrentUser user) {
        return loading.load(projectId).flatMap(investment -> {
            if (!ProjectAccessPolicy.mayMaintain(user, investment.project())) {
                return Mono.error(new ForbiddenException(
                        "Only the key-project centre and the project's own officer may report on it."));
            }
            InvestmentPlan.Submission submission = new InvestmentPlan.Submission(user.id(), clock.instant(),
                    LocalDate.now(clock), investment.project().description().totalInvestment(), deadline);
            return loading.save(investment, investment.plan().report(month, values, readRevision, submission), user);
        });
    }
}

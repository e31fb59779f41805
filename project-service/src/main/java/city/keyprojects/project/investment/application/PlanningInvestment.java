package city.keyprojects.project.investment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.investment.domain.InvestmentPlan;
import reactor.core.publisher.Mono;

/** Use case: the key-project centre sets a project's annual planned investment and its monthly breakdown. */
@Service
public class PlanningInvestment {

    private final LoadingInvestment loading;
    private final Clock clock;

    PlanningInvestment(LoadingInvestment loading, Clock clock) {
        this.loading = loading;
        this.clock = clock;
    }

    /** Only {@code CITY_ADMIN} reaches this (access table); the centre plans every project. */
    public Mono<InvestmentPlan> setAnnualPlan(String projectId, int year, BigDecimal annualAmount,
            List<BigDecimal> monthlyAmounts, int readRevision, CurrentUser user) {
        return loading.load(projectId).flatMap(investment -> loading.save(investment,
                investment.plan().setAnnualPlan(year, annualAmount, monthlyAmounts, readRevision, clock.instant()),
                user));
    }
}

package city.keyprojects.project.investment.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.calendar.WorkingDayCalendar;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.events.ProjectRecords;
import city.keyprojects.project.investment.domain.InvestmentPlan;
import city.keyprojects.project.investment.domain.ReportingDeadline;

/**
 * The store of investment plans: one document per project (id {@code investment-plan-<projectId>}) in
 * {@code investment_plans}, with its outbox; and the reporting deadline on the official calendar.
 */
@Configuration(proxyBeanMethods = false)
class InvestmentPlans {

    @Bean
    AggregateStore<InvestmentPlan> investmentPlanStore(AggregateStores stores) {
        return stores.forCollection("investment_plans", InvestmentPlan.class);
    }

    @Bean
    ReportingDeadline reportingDeadline(WorkingDayCalendar calendar) {
        return new ReportingDeadline(calendar);
    }

    @Bean
    ProjectRecords investmentRecords(AggregateStore<InvestmentPlan> plans) {
        return new ProjectRecords(plans, InvestmentPlan::idFor);
    }
}

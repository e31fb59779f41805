package city.keyprojects.project.promotion.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.events.ProjectRecords;
import city.keyprojects.project.promotion.domain.PromotionPlan;

/**
 * The store of promotion plans: one document per project (id {@code promotion-plan-<projectId>}) in
 * {@code promotion_plans}, with its outbox.
 */
@Configuration(proxyBeanMethods = false)
class PromotionPlans {

    static final String COLLECTION = "promotion_plans";

    @Bean
    AggregateStore<PromotionPlan> promotionPlanStore(AggregateStores stores) {
        return stores.forCollection(COLLECTION, PromotionPlan.class);
    }

    @Bean
    ProjectRecords promotionRecords(AggregateStore<PromotionPlan> plans) {
        return new ProjectRecords(plans, PromotionPlan::idFor);
    }
}

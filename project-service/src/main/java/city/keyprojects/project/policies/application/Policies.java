package city.keyprojects.project.policies.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.policies.domain.Policy;

/** The store of policies: one document per policy in the {@code policies} collection, with its outbox. */
@Configuration(proxyBeanMethods = false)
class Policies {

    @Bean
    AggregateStore<Policy> policyStore(AggregateStores stores) {
        return stores.forCollection("policies", Policy.class);
    }
}

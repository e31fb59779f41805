package city.keyprojects.issue.visits.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.issue.visits.domain.SiteVisit;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;

/** One document per visit in {@code site_visits} (id = the visit's id), with its outbox. */
@Configuration(proxyBeanMethods = false)
class VisitStore {

    static final String COLLECTION = "site_visits";

    @Bean
    AggregateStore<SiteVisit> siteVisitStore(AggregateStores stores) {
        return stores.forCollection(COLLECTION, SiteVisit.class);
    }
}

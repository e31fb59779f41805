package city.keyprojects.project.registry.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.registry.domain.Project;

/** The store of projects: one document per project in the {@code projects} collection, with its outbox. */
@Configuration(proxyBeanMethods = false)
class Projects {

    @Bean
    AggregateStore<Project> projectStore(AggregateStores stores) {
        return stores.forCollection("projects", Project.class);
    }
}

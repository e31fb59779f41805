package city.keyprojects.project.milestones.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.milestones.domain.ProjectMilestones;

/** One document per project in {@code project_milestones}, under the project's id, with its outbox. */
@Configuration(proxyBeanMethods = false)
class MilestoneStore {

    static final String COLLECTION = "project_milestones";

    @Bean
    AggregateStore<ProjectMilestones> projectMilestonesStore(AggregateStores stores) {
        return stores.forCollection(COLLECTION, ProjectMilestones.class);
    }
}

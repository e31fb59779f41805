package city.keyprojects.project.milestones.application;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.events.ProjectRecords;
import city.keyprojects.project.milestones.domain.ProjectMilestones;

/** One document per project in {@code project_milestones} (id {@code milestones-<projectId>}), with its outbox. */
@Configuration(proxyBeanMethods = false)
class MilestoneStore {

    static final String COLLECTION = "project_milestones";

    @Bean
    AggregateStore<ProjectMilestones> projectMilestonesStore(AggregateStores stores) {
        return stores.forCollection(COLLECTION, ProjectMilestones.class);
    }

    @Bean
    ProjectRecords milestoneRecords(AggregateStore<ProjectMilestones> milestones) {
        return new ProjectRecords(milestones, ProjectMilestones::idFor);
    }
}

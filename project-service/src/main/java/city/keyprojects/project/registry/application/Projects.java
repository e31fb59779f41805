package city.keyprojects.project.registry.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.index.Index;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.AggregateStores;
import city.keyprojects.project.registry.domain.Project;

/**
 * The store of projects: one document per project in the {@code projects} collection, with its outbox. Project
 * codes are unique: {@link ProjectCodes} checks before writing, and a unique index catches two writers racing.
 */
@Configuration(proxyBeanMethods = false)
class Projects {

    static final String COLLECTION = "projects";
    static final String PROJECT_CODE = "state.projectCode.value";

    private static final Logger log = LoggerFactory.getLogger(Projects.class);

    @Bean
    AggregateStore<Project> projectStore(AggregateStores stores, ReactiveMongoOperations mongo) {
        // Sparse: projects stored before codes were generated for every project have none.
        mongo.indexOps(COLLECTION)
                .createIndex(new Index().on(PROJECT_CODE, Sort.Direction.ASC).unique().sparse()
                        .named("unique_project_code"))
                .subscribe(name -> { }, error -> log.warn("Could not index project codes: {}", error.toString()));
        return stores.forCollection(COLLECTION, Project.class);
    }
}

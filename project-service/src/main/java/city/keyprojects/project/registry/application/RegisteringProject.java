package city.keyprojects.project.registry.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.DuplicateAggregateException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.ProjectCode;
import reactor.core.publisher.Mono;

/** Use case: the key-project centre registers a new key project, under its national code or a local one. */
@Service
public class RegisteringProject {

    private final AggregateStore<Project> projects;
    private final ProjectCodes codes;
    private final Clock clock;

    RegisteringProject(AggregateStore<Project> projects, ProjectCodes codes, Clock clock) {
        this.projects = projects;
        this.codes = codes;
        this.clock = clock;
    }

    public Mono<Stored<Project>> register(Project.RegistrationDetails details, Actor actor) {
        String id = UUID.randomUUID().toString();
        Mono<ProjectCode> code = details.projectCode() != null ? codes.requireFree(details.projectCode())
                : codes.issue(details.description().district());
        return code.flatMap(projectCode -> {
            Project.Result result = Project.register(id, details, projectCode, clock.instant());
            // The id is fresh, so a duplicate key can only be the code, taken by a registration racing this one.
            return projects.create(id, result.project(), ProjectTopic.outgoing(result.events()), actor)
                    .onErrorMap(DuplicateAggregateException.class, e -> ProjectCodes.taken(projectCode));
        });
    }
}

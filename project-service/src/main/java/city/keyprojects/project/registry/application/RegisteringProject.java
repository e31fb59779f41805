package city.keyprojects.project.registry.application;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.registry.domain.Project;
import reactor.core.publisher.Mono;

/** Use case: the key-project centre registers a new key project. */
@Service
public class RegisteringProject {

    private final AggregateStore<Project> projects;
    private final Clock clock;

    RegisteringProject(AggregateStore<Project> projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    public Mono<Stored<Project>> register(Project.RegistrationDetails details, Actor actor) {
        String id = UUID.randomUUID().toString();
        Project.Result result = Project.register(id, details, clock.instant());
        return projects.create(id, result.project(), ProjectTopic.outgoing(result.events()), actor);
    }
}

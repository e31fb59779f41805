package city.keyprojects.project.registry.application;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Responsibility;
import reactor.core.publisher.Mono;

/** Use cases: correcting a project's details, and assigning who answers for it. */
@Service
public class MaintainingProject {

    private final AggregateStore<Project> projects;
    private final FindingProjects finding;
    private final ProjectCodes codes;
    private final Clock clock;

    MaintainingProject(AggregateStore<Project> projects, FindingProjects finding, ProjectCodes codes, Clock clock) {
        this.projects = projects;
        this.finding = finding;
        this.codes = codes;
        this.clock = clock;
    }

    /**
     * Applies corrections to the version of the project the user read; a new project code (the national one
     * replacing a local one) must be free.
     *
     * @throws StaleVersionException (as the error signal) if the project changed since
     */
    public Mono<Stored<Project>> update(String id, long readVersion, Project.Changes changes, CurrentUser user) {
        return finding.byId(id).flatMap(stored -> {
            if (stored.version() != readVersion) {
                return Mono.error(new StaleVersionException(readVersion));
            }
            ProjectAccessPolicy.requireMayMaintain(user, stored.state());
            Project.Result result = stored.state().update(changes, clock.instant());
            if (result.events().isEmpty()) {
                return Mono.just(stored);
            }
            Mono<?> codeFree = result.project().projectCode().equals(stored.state().projectCode()) ? Mono.just(true)
                    : codes.requireFree(result.project().projectCode());
            return codeFree.then(projects.update(stored, result.project(), ProjectTopic.outgoing(result.events()),
                            user.actor()))
                    .onErrorMap(DuplicateKeyException.class,
                            e -> ProjectCodes.taken(result.project().projectCode()));
        });
    }

    public Mono<Stored<Project>> assignResponsibility(String id, Responsibility responsibility, CurrentUser user) {
        return finding.byId(id).flatMap(stored -> {
            Project.Result result = stored.state().assignResponsibility(responsibility, clock.instant());
            return projects.update(stored, result.project(), ProjectTopic.outgoing(result.events()), user.actor());
        });
    }
}

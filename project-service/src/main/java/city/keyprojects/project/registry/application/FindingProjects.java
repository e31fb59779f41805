package city.keyprojects.project.registry.application;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.registry.domain.Project;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Queries: one project, or a page of them. */
@Service
public class FindingProjects {

    private final AggregateStore<Project> projects;

    FindingProjects(AggregateStore<Project> projects) {
        this.projects = projects;
    }

    public Mono<Stored<Project>> byId(String id) {
        return projects.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("No project " + id + ".")));
    }

    public Flux<Stored<Project>> page(int page, int size) {
        Query query = new Query().with(Sort.by(Sort.Direction.DESC, "state.registeredAt")).skip((long) page * size)
                .limit(size);
        return projects.find(query);
    }

    /** Every event of the project, oldest first, if the user may read its audit trail. */
    public Flux<EventEnvelope> history(String id, CurrentUser user) {
        return byId(id).flatMapMany(stored -> {
            ProjectAccessPolicy.requireMayReadHistory(user, stored.state());
            return projects.history(id);
        });
    }

    public Mono<Long> count() {
        return projects.count(new Query());
    }
}

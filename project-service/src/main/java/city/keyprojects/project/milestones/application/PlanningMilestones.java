package city.keyprojects.project.milestones.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.DuplicateAggregateException;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.milestones.domain.PlannedMilestone;
import city.keyprojects.project.milestones.domain.ProjectMilestones;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import reactor.core.publisher.Mono;

/**
 * Use cases: planning and replanning a project's milestones, recording the day one was reached, and (for the
 * key-project centre) correcting that day. Whoever may maintain the project may do the first two.
 */
@Service
public class PlanningMilestones {

    private final AggregateStore<ProjectMilestones> milestones;
    private final FindingProjects projects;
    private final Clock clock;

    PlanningMilestones(AggregateStore<ProjectMilestones> milestones, FindingProjects projects, Clock clock) {
        this.milestones = milestones;
        this.projects = projects;
        this.clock = clock;
    }

    /**
     * Replaces the plan of the version the user read (0 while nothing is planned).
     *
     * @throws StaleVersionException (as the error signal) if the milestones changed since
     */
    public Mono<Stored<ProjectMilestones>> plan(String projectId, long readVersion, List<PlannedMilestone> plan,
            CurrentUser user) {
        return maintainable(projectId, user)
                .then(milestones.find(ProjectMilestones.idFor(projectId))
                        .defaultIfEmpty(new Stored<>(ProjectMilestones.idFor(projectId), ProjectMilestones.none(projectId), 0, 0)))
                .flatMap(stored -> {
                    if (stored.version() != readVersion) {
                        return Mono.error(new StaleVersionException(readVersion));
                    }
                    ProjectMilestones.Result result = stored.state().plan(plan, today(), clock.instant(),
                            () -> UUID.randomUUID().toString());
                    return save(stored, result, user);
                });
    }

    public Mono<Stored<ProjectMilestones>> reach(String projectId, String milestoneId, LocalDate actualDate,
            CurrentUser user) {
        return change(projectId, milestoneId, user,
                state -> state.reach(milestoneId, actualDate, today(), clock.instant()));
    }

    public Mono<Stored<ProjectMilestones>> correctActualDate(String projectId, String milestoneId,
            LocalDate actualDate, String reason, CurrentUser user) {
        return change(projectId, milestoneId, user,
                state -> state.correctActualDate(milestoneId, actualDate, reason, today(), clock.instant()));
    }

    private Mono<Stored<ProjectMilestones>> change(String projectId, String milestoneId, CurrentUser user,
            Function<ProjectMilestones, ProjectMilestones.Result> command) {
        return maintainable(projectId, user).then(milestones.find(ProjectMilestones.idFor(projectId)))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "No milestone " + milestoneId + " in project " + projectId + ".")))
                .flatMap(stored -> save(stored, command.apply(stored.state()), user));
    }

    private Mono<Void> maintainable(String projectId, CurrentUser user) {
        return projects.byId(projectId).flatMap(project -> ProjectAccessPolicy.mayMaintain(user, project.state())
                ? Mono.<Void>empty()
                : Mono.error(new ForbiddenException(
                        "Only the key-project centre and the project's own officer may change its milestones.")));
    }

    private Mono<Stored<ProjectMilestones>> save(Stored<ProjectMilestones> stored, ProjectMilestones.Result result,
            CurrentUser user) {
        if (result.events().isEmpty()) {
            return Mono.just(stored);
        }
        if (stored.version() == 0) {
            // Two first plans at once: the second is as stale as any other concurrent change.
            return milestones.create(stored.id(), result.milestones(), ProjectTopic.outgoing(result.events()),
                    user.actor()).onErrorMap(DuplicateAggregateException.class, e -> new StaleVersionException(0));
        }
        return milestones.update(stored, result.milestones(), ProjectTopic.outgoing(result.events()), user.actor());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}

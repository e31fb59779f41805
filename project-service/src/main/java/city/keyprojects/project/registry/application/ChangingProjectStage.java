package city.keyprojects.project.registry.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.registry.domain.ApprovalStage;
import city.keyprojects.project.registry.domain.LifecyclePolicy;
import city.keyprojects.project.registry.domain.Project;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Use cases of the lifecycle: moving a project to another stage, and learning from the approval service which
 * approval stages are complete (which is what allows starting construction and declaring completion).
 */
@Service
public class ChangingProjectStage {

    private final AggregateStore<Project> projects;
    private final FindingProjects finding;
    private final Clock clock;

    ChangingProjectStage(AggregateStore<Project> projects, FindingProjects finding, Clock clock) {
        this.projects = projects;
        this.finding = finding;
        this.clock = clock;
    }

    /**
     * Moves the version of the project the user read; only the key-project centre may fast-track.
     *
     * @throws StaleVersionException (as the error signal) if the project changed since
     */
    public Mono<Stored<Project>> changeStage(String id, long readVersion, LifecyclePolicy.Move move,
            CurrentUser user) {
        return finding.byId(id).flatMap(stored -> {
            if (stored.version() != readVersion) {
                return Mono.error(new StaleVersionException(readVersion));
            }
            ProjectAccessPolicy.requireMayMaintain(user, stored.state());
            if (move.fastTrack()) {
                ProjectAccessPolicy.requireMayFastTrack(user);
            }
            Project.Result result = stored.state().changeStage(move, clock.instant());
            return projects.update(stored, result.project(), ProjectTopic.outgoing(result.events()), user.actor());
        });
    }

    /**
     * Records that an approval stage of the project is complete. Idempotent (a redelivered event writes nothing);
     * a user's edit at the same moment makes it read and try again.
     */
    public Mono<Void> recordApprovalStageCompleted(String projectId, ApprovalStage stage) {
        return Mono.defer(() -> finding.byId(projectId).flatMap(stored -> {
                    Project updated = stored.state().withApprovalStageCompleted(stage);
                    return updated.equals(stored.state()) ? Mono.empty()
                            : projects.update(stored, updated, List.of(), Actor.SYSTEM);
                }))
                .retryWhen(Retry.backoff(5, Duration.ofMillis(50)).filter(StaleVersionException.class::isInstance))
                .then();
    }
}

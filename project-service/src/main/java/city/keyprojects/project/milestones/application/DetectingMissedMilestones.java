package city.keyprojects.project.milestones.application;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.StaleVersionException;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.milestones.domain.ProjectMilestones;
import reactor.core.publisher.Mono;

/**
 * Finds milestones whose planned date has passed unreached and publishes {@code project.milestone-missed} for each,
 * once per planned date: the aggregate records that it reported the miss.
 */
@Service
public class DetectingMissedMilestones {

    private static final Logger log = LoggerFactory.getLogger(DetectingMissedMilestones.class);

    private final AggregateStore<ProjectMilestones> milestones;

    DetectingMissedMilestones(AggregateStore<ProjectMilestones> milestones) {
        this.milestones = milestones;
    }

    /** Reports every miss not reported yet as of {@code today} (a date in the city); answers how many. */
    public Mono<Integer> detectMissed(LocalDate today) {
        // Only the projects with a miss still to report are read, not every project.
        Query toReport = Query.query(Criteria.where("state.milestones")
                .elemMatch(FindingMilestones.missed(today).and("missedReported").is(false)));
        return milestones.find(toReport).concatMap(stored -> {
            ProjectMilestones.Result result = stored.state().reportMissed(today);
            if (result.events().isEmpty()) {
                return Mono.just(0);
            }
            return milestones.update(stored, result.milestones(), ProjectTopic.outgoing(result.events()), Actor.SYSTEM)
                    .thenReturn(result.events().size())
                    // Changed meanwhile (e.g. reached or replanned): the next run looks at it again.
                    .onErrorResume(StaleVersionException.class, stale -> {
                        log.info("Milestones of project {} changed while detecting misses; left to the next run",
                                stored.state().projectId());
                        return Mono.just(0);
                    });
        }).reduce(0, Integer::sum);
    }
}

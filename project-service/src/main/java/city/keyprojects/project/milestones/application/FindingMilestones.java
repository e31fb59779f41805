package city.keyprojects.project.milestones.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.milestones.domain.Milestone;
import city.keyprojects.project.milestones.domain.ProjectMilestones;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.domain.Project;
import reactor.core.publisher.Mono;

/** Queries: a project's milestones, and the projects with missed milestones. */
@Service
public class FindingMilestones {

    private final AggregateStore<ProjectMilestones> milestones;
    private final AggregateStore<Project> projects;
    private final FindingProjects findingProjects;

    FindingMilestones(AggregateStore<ProjectMilestones> milestones, AggregateStore<Project> projects,
            FindingProjects findingProjects) {
        this.milestones = milestones;
        this.projects = projects;
        this.findingProjects = findingProjects;
    }

    /** The project's milestones; version 0 and none while nothing is planned. 404 if the project is unknown. */
    public Mono<Stored<ProjectMilestones>> forProject(String projectId) {
        return findingProjects.byId(projectId).then(milestones.find(ProjectMilestones.idFor(projectId))
                .defaultIfEmpty(new Stored<>(ProjectMilestones.idFor(projectId), ProjectMilestones.none(projectId), 0, 0)));
    }

    /** The projects with at least one milestone missed as of {@code today}, by project id, with their names. */
    public Mono<MissedPage> missed(LocalDate today, int page, int size) {
        Criteria criteria = Criteria.where("state.milestones").elemMatch(missed(today));
        Query query = new Query(criteria).with(Sort.by("_id")).skip((long) page * size).limit(size);
        return milestones.find(query).collectList().zipWith(milestones.count(new Query(criteria)))
                .flatMap(found -> names(found.getT1()).map(names -> new MissedPage(found.getT1().stream()
                        .map(stored -> new MissedByProject(stored.state().projectId(),
                                names.get(stored.state().projectId()),
                                stored.state().missedOn(today)))
                        .toList(), found.getT2())));
    }

    /** A stored milestone missed as of {@code today}; the same definition as {@code MilestoneRules.isMissed}. */
    static Criteria missed(LocalDate today) {
        return Criteria.where("actualDate").is(null).and("plannedDate").lt(today);
    }

    private Mono<Map<String, String>> names(List<Stored<ProjectMilestones>> page) {
        if (page.isEmpty()) {
            return Mono.just(Map.of());
        }
        Query byIds = Query.query(Criteria.where("_id").in(page.stream().map(stored -> stored.state().projectId()).toList()));
        return projects.find(byIds).collect(Collectors.toMap(Stored::id, stored -> stored.state().name(),
                (a, b) -> a));
    }

    /** One project's missed milestones. */
    public record MissedByProject(String projectId, String projectName, List<Milestone> missed) {
    }

    /** One page of projects with missed milestones, and how many there are in all. */
    public record MissedPage(List<MissedByProject> items, long total) {
    }
}

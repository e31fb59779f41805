package city.keyprojects.project.policies.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.project.policies.domain.Policy;
import city.keyprojects.project.policies.domain.PolicyFit;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.domain.Sector;
import reactor.core.publisher.Mono;

/** Queries: one policy, the catalogue, and the policies that fit a project. */
@Service
public class FindingPolicies {

    // Newest first; the id breaks ties, so that pages never overlap or skip.
    private static final Sort NEWEST = Sort.by(Sort.Direction.DESC, "state.publishedAt").and(Sort.by("_id"));

    private final AggregateStore<Policy> policies;
    private final FindingProjects projects;
    private final Clock clock;

    FindingPolicies(AggregateStore<Policy> policies, FindingProjects projects, Clock clock) {
        this.policies = policies;
        this.projects = projects;
        this.clock = clock;
    }

    public Mono<Stored<Policy>> byId(String id) {
        return policies.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("No policy " + id + ".")));
    }

    /** One page of results, and how many match in all. */
    public record Page(List<Stored<Policy>> items, long total) {
    }

    /**
     * A page of the catalogue, newest first.
     *
     * @param sector           only policies for this sector (naming it, or naming no sector at all), if given
     * @param includeWithdrawn whether withdrawn policies are listed too
     */
    public Mono<Page> catalogue(Sector sector, boolean includeWithdrawn, int page, int size) {
        List<Criteria> all = new ArrayList<>();
        if (sector != null) {
            all.add(new Criteria().orOperator(Criteria.where("state.criteria.sectors").is(sector.name()),
                    Criteria.where("state.criteria.sectors").size(0)));
        }
        if (!includeWithdrawn) {
            all.add(Criteria.where("state.withdrawnAt").is(null));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        Query query = new Query(criteria).with(NEWEST).skip((long) page * size).limit(size);
        return policies.find(query).collectList().zipWith(policies.count(new Query(criteria)), Page::new);
    }

    /**
     * A page of the policies that fit the project today ({@link PolicyFit}), newest first. The catalogue is a few
     * hundred policies, so the current ones are read and the rule applied to each.
     */
    public Mono<Page> fitting(String projectId, int page, int size) {
        LocalDate today = LocalDate.now(clock);
        Query current = new Query(Criteria.where("state.withdrawnAt").is(null)).with(NEWEST);
        return projects.byId(projectId).flatMap(project -> policies.find(current)
                .filter(policy -> PolicyFit.fits(policy.state(), project.state(), today))
                .collectList()
                .map(fitting -> new Page(
                        fitting.stream().skip((long) page * size).limit(size).toList(), fitting.size())));
    }
}

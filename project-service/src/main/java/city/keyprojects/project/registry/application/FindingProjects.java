package city.keyprojects.project.registry.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.platform.security.ForbiddenException;
import city.keyprojects.platform.security.Role;
import city.keyprojects.project.events.ProjectRecords;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.PublicField;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Queries: one project, a search of the registry, a project's history. */
@Service
public class FindingProjects {

    private final AggregateStore<Project> projects;
    private final List<ProjectRecords> records;

    FindingProjects(AggregateStore<Project> projects, List<ProjectRecords> records) {
        this.projects = projects;
        this.records = records;
    }

    public Mono<Stored<Project>> byId(String id) {
        return projects.find(id).switchIfEmpty(Mono.error(() -> new NotFoundException("No project " + id + ".")));
    }

    /** A page of the projects matching the search, and how many match in all. */
    public Mono<Page> search(ProjectSearch search, CurrentUser user) {
        return Mono.fromCallable(() -> criteria(search, user)).flatMap(criteria -> {
            Query query = new Query(criteria).with(sort(search.order())).skip((long) search.page() * search.size())
                    .limit(search.size());
            return projects.find(query).collectList()
                    .zipWith(projects.count(new Query(criteria)), Page::new);
        });
    }

    /** One page of results. */
    public record Page(List<Stored<Project>> items, long total) {
    }

    private static Criteria criteria(ProjectSearch search, CurrentUser user) {
        if (search.filtersByResponsibility() && !ProjectAccessPolicy.mayFilterByResponsibility(user)) {
            throw new ForbiddenException("Only government staff may look projects up by officer or department.");
        }
        List<Criteria> all = new ArrayList<>();
        if (search.district() != null) {
            all.add(Criteria.where("state.description.district").is(search.district()));
        }
        if (search.sector() != null) {
            all.add(Criteria.where("state.description.sector").is(search.sector().name()));
        }
        if (search.level() != null) {
            all.add(Criteria.where("state.description.level").is(search.level().name()));
        }
        if (search.stage() != null) {
            all.add(Criteria.where("state.stage").is(search.stage().name()));
        }
        if (search.officer() != null) {
            all.add(Criteria.where("state.responsibility.officer").is(search.officer()));
        }
        if (search.department() != null) {
            all.add(Criteria.where("state.responsibility.department").is(search.department()));
        }
        if (search.text() != null) {
            // Quoted: the caller's text is matched literally, never as a pattern of its own.
            Pattern part = Pattern.compile(Pattern.quote(search.text()), Pattern.CASE_INSENSITIVE);
            Criteria byOwner = Criteria.where("state.description.ownerName").regex(part);
            if (!ProjectAccessPolicy.isStaff(user)) {
                // An owner name hidden from the public must not be found by guessing it either.
                byOwner = new Criteria().andOperator(byOwner,
                        Criteria.where("state.hiddenFields").ne(PublicField.OWNER_NAME.name()));
            }
            all.add(new Criteria().orOperator(Criteria.where("state.description.name").regex(part), byOwner));
        }
        if (search.ownedByMe()) {
            if (user.creditCode() == null || !user.has(Role.ENTERPRISE)) {
                throw new ForbiddenException("Only an enterprise has projects of its own to list.");
            }
            all.add(Criteria.where("state.ownerCreditCode.value").is(user.creditCode()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static Sort sort(ProjectSearch.Order order) {
        // The id breaks ties, so that pages never overlap or skip.
        return switch (order) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "state.registeredAt").and(Sort.by("_id"));
            case LARGEST_INVESTMENT -> Sort.by(Sort.Direction.DESC, "state.description.totalInvestment").and(Sort.by("_id"));
            case NAME -> Sort.by("state.description.name").and(Sort.by("_id"));
        };
    }

    /**
     * Every event of the project and of the records that belong to it (plans, reports, milestones), oldest first,
     * if the user may read its audit trail.
     */
    public Flux<EventEnvelope> history(String id, CurrentUser user) {
        return byId(id).flatMapMany(stored -> {
            ProjectAccessPolicy.requireMayReadHistory(user, stored.state());
            return Flux.concat(projects.history(id), Flux.fromIterable(records)
                            .concatMap(record -> record.store().history(record.aggregateIdOf().apply(id))))
                    .sort(Comparator.comparing(EventEnvelope::time));
        });
    }
}

package city.keyprojects.project.policies.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.policies.domain.Policy;
import city.keyprojects.project.policies.domain.PolicyCriteria;
import city.keyprojects.project.policies.domain.PolicyFit;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Stage;
import reactor.core.publisher.Flux;

/**
 * Finds the projects a policy fits. The query narrows the registry down by the policy's criteria; every project
 * it returns is then checked with {@link PolicyFit}, so that the rule is written once and the query only has to
 * be no narrower than it.
 */
@Component
class MatchingProjects {

    private final AggregateStore<Project> projects;

    MatchingProjects(AggregateStore<Project> projects) {
        this.projects = projects;
    }

    /** The ids of the projects the policy fits on the day. */
    Flux<String> fitting(Policy policy, LocalDate today) {
        if (!PolicyFit.isCurrent(policy, today)) {
            return Flux.empty();
        }
        return projects.find(new Query(narrowing(policy.criteria())))
                .filter(stored -> PolicyFit.fits(policy, stored.state(), today))
                .map(Stored::id);
    }

    private static Criteria narrowing(PolicyCriteria criteria) {
        List<Criteria> all = new ArrayList<>();
        all.add(Criteria.where("state.stage").ne(Stage.CANCELLED.name()));
        if (!criteria.sectors().isEmpty()) {
            all.add(Criteria.where("state.description.sector").in(criteria.sectors().stream().map(Enum::name).toList()));
        }
        if (!criteria.levels().isEmpty()) {
            all.add(Criteria.where("state.description.level").in(criteria.levels().stream().map(Enum::name).toList()));
        }
        if (!criteria.districts().isEmpty()) {
            // The prefixes are digits only (the criteria check that), so they are safe inside a pattern.
            all.add(new Criteria().orOperator(criteria.districts().stream()
                    .map(district -> Criteria.where("state.description.district").regex("^" + PolicyFit.coveredPrefix(district)))
                    .toList()));
        }
        // Amounts are stored as Decimal128 (platform default), which compares as a number in range queries.
        if (criteria.minInvestment() != null) {
            all.add(Criteria.where("state.description.totalInvestment").gte(new Decimal128(criteria.minInvestment())));
        }
        if (criteria.maxInvestment() != null) {
            all.add(Criteria.where("state.description.totalInvestment").lte(new Decimal128(criteria.maxInvestment())));
        }
        return new Criteria().andOperator(all);
    }
}

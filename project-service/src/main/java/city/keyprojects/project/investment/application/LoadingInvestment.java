package city.keyprojects.project.investment.application;

import java.util.List;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.events.OutgoingEvent;
import city.keyprojects.platform.outbox.AggregateStore;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.events.ProjectTopic;
import city.keyprojects.project.investment.domain.InvestmentPlan;
import city.keyprojects.project.registry.application.FindingProjects;
import reactor.core.publisher.Mono;

/** Reads a project (404 if unknown) with its investment plan, and writes the plan back with its events. */
@Component
class LoadingInvestment {

    private final AggregateStore<InvestmentPlan> plans;
    private final FindingProjects projects;

    LoadingInvestment(AggregateStore<InvestmentPlan> plans, FindingProjects projects) {
        this.plans = plans;
        this.projects = projects;
    }

    Mono<ProjectInvestment> load(String projectId) {
        return projects.byId(projectId).flatMap(project -> plans.find(InvestmentPlan.idFor(projectId))
                .map(stored -> new ProjectInvestment(project.state(), stored, stored.state()))
                .defaultIfEmpty(new ProjectInvestment(project.state(), null, InvestmentPlan.start(projectId))));
    }

    /** Creates the plan on its first change; a concurrent first change fails as a duplicate (409). */
    Mono<InvestmentPlan> save(ProjectInvestment before, InvestmentPlan.Result result, CurrentUser user) {
        if (result.events().isEmpty()) {
            return Mono.just(before.plan());
        }
        List<OutgoingEvent> events = ProjectTopic.outgoing(result.events());
        Mono<Stored<InvestmentPlan>> written = before.stored() == null
                ? plans.create(before.plan().id(), result.plan(), events, user.actor())
                : plans.update(before.stored(), result.plan(), events, user.actor());
        return written.map(Stored::state);
    }
}

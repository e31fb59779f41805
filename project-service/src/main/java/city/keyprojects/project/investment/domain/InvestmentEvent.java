package city.keyprojects.project.investment.domain;

import city.keyprojects.platform.events.PublishedEvent;

/**
 * What happened to a project's investment plan and reports. Immutable, past tense; published on
 * {@code project.events.v1}, keyed by the project.
 */
public sealed interface InvestmentEvent extends PublishedEvent permits AnnualPlanSet, InvestmentReported {

    String projectId();

    @Override
    default String subject() {
        return projectId();
    }
}

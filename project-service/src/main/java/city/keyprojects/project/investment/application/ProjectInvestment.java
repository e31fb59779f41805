package city.keyprojects.project.investment.application;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.investment.domain.InvestmentPlan;
import city.keyprojects.project.registry.domain.Project;

/**
 * A project with its investment plan; {@code stored} is null until the first plan or report is written, and
 * {@code plan} is then the empty plan.
 */
record ProjectInvestment(Project project, Stored<InvestmentPlan> stored, InvestmentPlan plan) {
}

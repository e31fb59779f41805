package city.keyprojects.reporting.projects.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.reporting.projects.domain.MilestoneFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.ProjectFacts.Changed;
import city.keyprojects.reporting.projects.domain.PublicCard;

/** The events of {@code project.events.v1} reporting folds: the registry entry, the investment plan, milestones. */
@Component
class ProjectEventChanges implements FactChanges {

    private final EventCodec codec;

    ProjectEventChanges(EventCodec codec) {
        this.codec = codec;
    }

    record GeoPoint(double latitude, double longitude) {
    }

    record Registered(String name, String district, String sector, String level, String stage,
            BigDecimal totalInvestment, LocalDate plannedStart, Instant registeredAt, String projectCode,
            String summary, String ownerName, String address, GeoPoint location, LocalDate plannedCompletion,
            List<String> hiddenFields) {

        PublicCard card() {
            return new PublicCard(projectCode, summary, ownerName, address,
                    location == null ? null : location.latitude(), location == null ? null : location.longitude(),
                    plannedCompletion, hiddenFields);
        }
    }

    record Updated(List<String> changed, String name, String district, String sector, String level,
            BigDecimal totalInvestment, LocalDate plannedStart, String projectCode, String summary,
            String ownerName, String address, GeoPoint location, LocalDate plannedCompletion,
            List<String> hiddenFields) {

        <T> Changed<T> field(String field, T value) {
            return changed.contains(field) ? new Changed<>(true, value) : Changed.not();
        }

        PublicCard card(PublicCard current) {
            GeoPoint point = field("location", location).or(current.latitude() == null ? null
                    : new GeoPoint(current.latitude(), current.longitude()));
            return new PublicCard(field("projectCode", projectCode).or(current.projectCode()),
                    field("summary", summary).or(current.summary()), field("ownerName", ownerName)
                            .or(current.ownerName()), field("address", address).or(current.address()),
                    point == null ? null : point.latitude(), point == null ? null : point.longitude(),
                    field("plannedCompletion", plannedCompletion).or(current.plannedCompletion()),
                    field("hiddenFields", hiddenFields).or(current.hiddenFields()));
        }
    }

    record ResponsibilityAssigned(String leader, String department, String officer) {
    }

    record StageChanged(String to, Instant changedAt) {
    }

    record AnnualPlanSet(int year, BigDecimal annualAmount, List<BigDecimal> monthlyAmounts) {
    }

    record InvestmentReported(YearMonth month, BigDecimal completedInvestment, BigDecimal physicalProgress) {
    }

    record Milestone(String milestoneId, String kind, LocalDate plannedDate, LocalDate actualDate) {
    }

    @Override
    public UnaryOperator<ProjectFacts> changeFor(EventEnvelope event) {
        return switch (event.type()) {
            case "project.registered" -> {
                Registered registered = codec.dataAs(event, Registered.class);
                yield facts -> facts.registeredAs(registered.name(), registered.district(), registered.sector(),
                        registered.level(), registered.stage(), registered.totalInvestment(),
                        registered.plannedStart(), day(registered.registeredAt())).described(registered.card());
            }
            case "project.updated" -> {
                Updated updated = codec.dataAs(event, Updated.class);
                yield facts -> facts.correctedTo(updated.field("name", updated.name()),
                        updated.field("district", updated.district()), updated.field("sector", updated.sector()),
                        updated.field("level", updated.level()),
                        updated.field("totalInvestment", updated.totalInvestment()),
                        updated.field("plannedStart", updated.plannedStart()))
                        .described(updated.card(facts.card()));
            }
            case "project.responsibility-assigned" -> {
                ResponsibilityAssigned assigned = codec.dataAs(event, ResponsibilityAssigned.class);
                yield facts -> facts.assigned(new ProjectFacts.Responsibility(assigned.leader(),
                        assigned.department(), assigned.officer()));
            }
            case "project.stage-changed" -> {
                StageChanged changed = codec.dataAs(event, StageChanged.class);
                yield facts -> facts.movedTo(changed.to(), day(changed.changedAt()));
            }
            case "project.annual-plan-set" -> {
                AnnualPlanSet plan = codec.dataAs(event, AnnualPlanSet.class);
                yield facts -> facts.plannedFor(plan.year(), plan.annualAmount(), plan.monthlyAmounts());
            }
            case "project.investment-reported" -> {
                InvestmentReported report = codec.dataAs(event, InvestmentReported.class);
                yield facts -> facts.reportedFor(report.month(), report.completedInvestment(),
                        report.physicalProgress());
            }
            case "project.milestone-planned", "project.milestone-replanned" -> {
                Milestone planned = codec.dataAs(event, Milestone.class);
                yield facts -> facts.milestone(planned.milestoneId(), current -> new MilestoneFacts(planned.kind(),
                        planned.plannedDate(), current == null ? null : current.actualDate()));
            }
            case "project.milestone-reached", "project.milestone-actual-date-corrected" -> {
                Milestone reached = codec.dataAs(event, Milestone.class);
                yield facts -> facts.milestone(reached.milestoneId(), current -> new MilestoneFacts(reached.kind(),
                        reached.plannedDate(), reached.actualDate()));
            }
            case "project.milestone-removed" -> {
                Milestone removed = codec.dataAs(event, Milestone.class);
                yield facts -> facts.milestone(removed.milestoneId(), current -> null);
            }
            default -> null;
        };
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, PlatformAutoConfiguration.CITY_ZONE);
    }
}

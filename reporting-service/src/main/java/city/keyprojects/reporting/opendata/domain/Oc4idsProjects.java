package city.keyprojects.reporting.opendata.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import city.keyprojects.reporting.projects.domain.ProjectFacts;
import city.keyprojects.reporting.projects.domain.PublicCard;

/**
 * The key projects as open data in the Open Contracting for Infrastructure Data Standard (OC4IDS 0.9), project
 * level: only what the public portal shows — fields a project hides stay out. Codes follow the OC4IDS codelists;
 * where the city's own classification has no safe equivalent (urban construction, livelihood) the OC4IDS
 * {@code sector} is left out and the city's sector and level are given as additional classifications.
 */
public record Oc4idsProjects(List<Project> projects) {

    /** The prefix of every project id: the registered OC4IDS prefix of the publisher goes here in production. */
    public static final String ID_PREFIX = "oc4ids-keyprojects-";
    static final String CLASSIFICATION_SCHEME = "CN-KEYPROJECTS";

    public record Project(String id, String title, String description, String status, String type,
            List<String> sector, List<Classification> additionalClassifications, List<Location> locations,
            Budget budget, Period period, List<Identifier> identifiers) {
    }

    public record Classification(String scheme, String id, String description) {
    }

    public record Location(String id, String description, Geometry geometry) {
    }

    /** GeoJSON: longitude first. */
    public record Geometry(String type, List<Double> coordinates) {
    }

    public record Budget(Value amount) {
    }

    public record Value(BigDecimal amount, String currency) {
    }

    public record Period(LocalDate startDate, LocalDate endDate) {
    }

    /** The national investment project code (项目代码). */
    public record Identifier(String id, String scheme) {
    }

    private static final Map<String, String> STATUS = Map.of(
            "RESERVE", "identification",
            "PREPARATION", "preparation",
            "UNDER_CONSTRUCTION", "implementation",
            "SUSPENDED", "implementation",
            "COMPLETED", "completion",
            "IN_PRODUCTION", "maintenance",
            "CANCELLED", "cancelled");

    private static final Map<String, String> SECTOR = Map.of("INDUSTRIAL", "economy");

    public static Oc4idsProjects of(List<ProjectFacts> all) {
        List<Project> projects = new ArrayList<>();
        all.stream().filter(ProjectFacts::registered)
                .sorted(Comparator.comparing(ProjectFacts::projectId))
                .forEach(facts -> projects.add(project(facts)));
        return new Oc4idsProjects(projects);
    }

    static Project project(ProjectFacts facts) {
        PublicCard card = facts.card();
        List<Classification> classifications = new ArrayList<>();
        classifications.add(new Classification(CLASSIFICATION_SCHEME + "-SECTOR", facts.sector(), null));
        classifications.add(new Classification(CLASSIFICATION_SCHEME + "-LEVEL", facts.level(), null));
        List<Location> locations = card.shows("LOCATION") && card.latitude() != null
                ? List.of(new Location("1", card.shows("ADDRESS") ? card.address() : null,
                        new Geometry("Point", List.of(card.longitude(), card.latitude()))))
                : card.shows("ADDRESS") && card.address() != null
                        ? List.of(new Location("1", card.address(), null)) : List.of();
        Budget budget = card.shows("TOTAL_INVESTMENT") && facts.totalInvestment() != null
                ? new Budget(new Value(facts.totalInvestment(), "CNY")) : null;
        Period period = card.shows("PLANNED_DATES") && (facts.plannedStart() != null
                || card.plannedCompletion() != null) ? new Period(facts.plannedStart(), card.plannedCompletion())
                        : null;
        String sector = SECTOR.get(facts.sector());
        return new Project(ID_PREFIX + facts.projectId(), facts.name(),
                card.shows("SUMMARY") ? card.summary() : null, STATUS.get(facts.stage()), "construction",
                sector == null ? List.of() : List.of(sector), classifications, locations, budget, period,
                card.projectCode() == null ? List.of() : List.of(new Identifier(card.projectCode(),
                        "CN-TZXM")));
    }
}

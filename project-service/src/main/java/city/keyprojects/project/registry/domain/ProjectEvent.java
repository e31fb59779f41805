package city.keyprojects.project.registry.domain;

/** What happened to a project. Immutable, named in the past tense; published on {@code project.events.v1}. */
public sealed interface ProjectEvent permits ProjectRegistered, ProjectUpdated, ResponsibilityAssigned {

    String projectId();

    /** The CloudEvents type, e.g. {@code project.registered}. */
    String type();
}

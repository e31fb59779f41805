package city.keyprojects.project.registry.domain;

import city.keyprojects.platform.events.PublishedEvent;

/** What happened to a project. Immutable, named in the past tense; published on {@code project.events.v1}. */
public sealed interface ProjectEvent extends PublishedEvent
        permits ProjectRegistered, ProjectUpdated, ResponsibilityAssigned, StageChanged {

    String projectId();

    @Override
    default String subject() {
        return projectId();
    }
}

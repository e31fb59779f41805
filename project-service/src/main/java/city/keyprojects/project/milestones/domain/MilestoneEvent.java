package city.keyprojects.project.milestones.domain;

import city.keyprojects.platform.events.PublishedEvent;

/**
 * What happened to a project's milestones. Every event names the milestone's kind and name as well as its id, so
 * that a consumer rebuilds each project's milestones from the events alone. Keyed by the project.
 */
public sealed interface MilestoneEvent extends PublishedEvent permits MilestonePlanned, MilestoneReplanned,
        MilestoneRemoved, MilestoneReached, MilestoneActualDateCorrected, MilestoneMissed {

    String projectId();

    String milestoneId();

    @Override
    default String subject() {
        return projectId();
    }
}

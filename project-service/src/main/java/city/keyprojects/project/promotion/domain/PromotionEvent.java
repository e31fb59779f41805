package city.keyprojects.project.promotion.domain;

import city.keyprojects.platform.events.PublishedEvent;

/** What happened to a project's promotion plan. Immutable, past tense; published on {@code project.events.v1}. */
public sealed interface PromotionEvent extends PublishedEvent
        permits PromotionPlanDrawnUp, TaskAdded, TaskCompleted, TaskOwnerAssigned, TaskOverdue {

    String projectId();

    @Override
    default String subject() {
        return projectId();
    }
}

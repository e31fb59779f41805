package city.keyprojects.issue.visits.domain;

import city.keyprojects.platform.events.PublishedEvent;

/** What happened to site visits; a visit is logged once and never changes. */
public sealed interface VisitEvent extends PublishedEvent permits VisitLogged {
}

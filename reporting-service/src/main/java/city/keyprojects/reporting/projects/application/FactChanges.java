package city.keyprojects.reporting.projects.application;

import java.util.function.UnaryOperator;

import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.reporting.projects.domain.ProjectFacts;

/** What an event of one topic changes in its project's facts: one implementation per topic. */
interface FactChanges {

    /** The change, or null when the event changes nothing reporting keeps (tolerant reader). */
    UnaryOperator<ProjectFacts> changeFor(EventEnvelope event);
}

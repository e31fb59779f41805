package city.keyprojects.project.registry.web;

import java.time.Instant;

import city.keyprojects.platform.events.EventEnvelope;
import tools.jackson.databind.JsonNode;

/** One line of a project's audit trail: what happened, when, who did it in which role, in which request. */
public record HistoryEntry(long sequence, String type, Instant time, Actor actor, String requestId, JsonNode data) {

    public record Actor(String id, String role) {
    }

    static HistoryEntry of(EventEnvelope event) {
        return new HistoryEntry(event.sequence(), event.type(), event.time(),
                new Actor(event.actorid(), event.actorrole()), event.correlationid(), event.data());
    }
}

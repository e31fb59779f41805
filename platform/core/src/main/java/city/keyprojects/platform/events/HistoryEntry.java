package city.keyprojects.platform.events;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** One line of an aggregate's audit trail (as the history endpoints answer it): what happened, when, who did it in which role, in which request. */
public record HistoryEntry(long sequence, String type, Instant time, Actor actor, String requestId, JsonNode data) {

    public record Actor(String id, String role) {
    }

    public static HistoryEntry of(EventEnvelope event) {
        return new HistoryEntry(event.sequence(), event.type(), event.time(),
                new Actor(event.actorid(), event.actorrole()), event.correlationid(), event.data());
    }
}

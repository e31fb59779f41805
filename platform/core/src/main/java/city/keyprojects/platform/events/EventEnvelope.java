package city.keyprojects.platform.events;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.JsonNode;

/**
 * A CloudEvents 1.0 event in its structured JSON form: the required attributes, {@code subject} (the project
 * the event is about, which is also the Kafka key), the {@code data}, and the platform's extension attributes.
 *
 * <ul>
 *   <li>{@code aggregateid} and {@code sequence}: which aggregate emitted the event and its position in that
 *       aggregate's history (1, 2, 3 …). Consumers use them to ignore duplicates and replays.</li>
 *   <li>{@code actorid} and {@code actorrole}: who caused it ({@code system} for automatic changes).</li>
 *   <li>{@code correlationid} and {@code traceparent} (the CloudEvents distributed-tracing extension): the
 *       request that caused it, so that logs across services can be joined.</li>
 * </ul>
 * Unknown attributes are ignored on reading, so producers can add attributes without breaking consumers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data,
        String aggregateid,
        long sequence,
        String actorid,
        String actorrole,
        String correlationid,
        String traceparent) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/cloudevents+json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        if (!SPEC_VERSION.equals(specversion)) {
            throw new IllegalArgumentException("Unsupported CloudEvents specversion: " + specversion);
        }
    }
}

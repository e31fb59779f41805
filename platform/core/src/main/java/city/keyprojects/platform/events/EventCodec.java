package city.keyprojects.platform.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes and their data into JSON bytes and back. Readers are tolerant: unknown fields in an event's
 * data are ignored, so a producer may add fields in a backwards-compatible change.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec(JsonMapper mapper) {
        this.mapper = mapper.rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Amounts are exact decimals: never let a reader see them as doubles.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    public byte[] encode(EventEnvelope envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public String encodeToString(EventEnvelope envelope) {
        return mapper.writeValueAsString(envelope);
    }

    /** @throws UnreadableEventException when the bytes are not a CloudEvents JSON envelope */
    public EventEnvelope decode(byte[] json) {
        try {
            EventEnvelope envelope = mapper.readValue(json, EventEnvelope.class);
            if (envelope == null) {
                throw new UnreadableEventException("empty event", null);
            }
            return envelope;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new UnreadableEventException("not a CloudEvents JSON envelope: " + e.getMessage(), e);
        }
    }

    public JsonNode toTree(Object data) {
        return mapper.valueToTree(data);
    }

    /** @throws UnreadableEventException when the data does not fit the type */
    public <T> T dataAs(EventEnvelope envelope, Class<T> type) {
        try {
            return mapper.treeToValue(envelope.data(), type);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new UnreadableEventException(
                    "data of " + envelope.type() + " " + envelope.id() + " is not a " + type.getSimpleName(), e);
        }
    }
}

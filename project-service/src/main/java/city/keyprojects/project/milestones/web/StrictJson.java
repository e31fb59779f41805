package city.keyprojects.project.milestones.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import city.keyprojects.project.milestones.domain.MilestoneKind;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Readers that accept only the documented JSON form. Jackson's defaults also take an enum's position number
 * ({@code "kind": 0}), a date as a day count ({@code 20000}) or as an array ({@code [2026,3,1]}).
 */
final class StrictJson {

    private StrictJson() {
    }

    /** An ISO date string, {@code yyyy-MM-dd}, of a day that exists. */
    static final class Date extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = requireString(p, ctxt, this, "a date as \"yyyy-MM-dd\"");
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return ctxt.reportInputMismatch(this, "\"%s\" is not a date of the form yyyy-MM-dd", text);
            }
        }
    }

    /** A milestone kind by its name, exactly as documented. */
    static final class Kind extends ValueDeserializer<MilestoneKind> {

        @Override
        public MilestoneKind deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = requireString(p, ctxt, this, "one of START, TOPPING_OUT, COMPLETION, PRODUCTION, CUSTOM");
            try {
                return MilestoneKind.valueOf(text);
            } catch (IllegalArgumentException e) {
                return ctxt.reportInputMismatch(this,
                        "\"%s\" is not one of START, TOPPING_OUT, COMPLETION, PRODUCTION, CUSTOM", text);
            }
        }
    }

    private static String requireString(JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> reader,
            String expected) {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return ctxt.reportInputMismatch(reader, "expected %s, got %s", expected, p.currentToken());
        }
        return p.getString();
    }
}

package city.keyprojects.platform.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every application reads only the documented JSON form. Jackson's defaults also take an enum by its position
 * ({@code "sector": 0}) and a date as a day count ({@code 20000}) or an array ({@code [2026,3,1]}): a client's
 * mistake would be stored as some other value instead of being refused with a 400. Likewise a decimal sent for a
 * whole number ({@code "limitWorkingDays": 5.5}) would be cut to 5.
 */
public final class StrictJson {

    private StrictJson() {
    }

    public static JsonMapperBuilderCustomizer customizer() {
        return builder -> builder.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new SimpleModule("strict-json").addDeserializer(LocalDate.class, new IsoDate()));
    }

    /** An ISO date string, {@code yyyy-MM-dd}, of a day that exists. */
    static final class IsoDate extends ValueDeserializer<LocalDate> {

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return ctxt.reportInputMismatch(this, "expected a date as \"yyyy-MM-dd\", got %s", p.currentToken());
            }
            String text = p.getString();
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return ctxt.reportInputMismatch(this, "\"%s\" is not a date of the form yyyy-MM-dd", text);
            }
        }
    }
}

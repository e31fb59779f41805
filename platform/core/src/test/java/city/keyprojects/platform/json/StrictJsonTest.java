package city.keyprojects.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    enum Colour { RED, GREEN }

    record Body(Colour colour, LocalDate day) {
    }

    record Count(int days, Long version) {
    }

    private final JsonMapper mapper = strict();

    private static JsonMapper strict() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJson.customizer().customize(builder);
        return builder.build();
    }

    @Test
    void the_documented_form_is_read() {
        Body body = mapper.readValue("{\"colour\":\"GREEN\",\"day\":\"2026-03-01\"}", Body.class);

        assertThat(body).isEqualTo(new Body(Colour.GREEN, LocalDate.of(2026, 3, 1)));
        assertThat(mapper.readValue("{\"day\":null}", Body.class).day()).isNull();
    }

    @Test
    void an_enum_by_its_position_is_refused() {
        assertThatThrownBy(() -> mapper.readValue("{\"colour\":1}", Body.class)).isInstanceOf(DatabindException.class);
    }

    @Test
    void a_date_as_a_number_an_array_or_an_impossible_day_is_refused() {
        for (String day : new String[] { "20000", "[2026,3,1]", "\"2026-02-30\"", "\"1/3/2026\"" }) {
            assertThatThrownBy(() -> mapper.readValue("{\"day\":" + day + "}", Body.class)).as(day)
                    .isInstanceOf(DatabindException.class);
        }
    }

    @Test
    void a_decimal_for_a_whole_number_is_refused_not_cut() {
        assertThat(mapper.readValue("{\"days\":5,\"version\":2}", Count.class)).isEqualTo(new Count(5, 2L));
        for (String body : new String[] { "{\"days\":5.5}", "{\"version\":1.2}" }) {
            assertThatThrownBy(() -> mapper.readValue(body, Count.class)).as(body)
                    .isInstanceOf(DatabindException.class);
        }
    }
}

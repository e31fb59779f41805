package city.keyprojects.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(JsonMapper.builder().build());

    record Registered(String projectId, BigDecimal totalInvestment) {
    }

    @Test
    void an_envelope_is_written_in_cloudevents_structured_json_and_read_back_unchanged() {
        EventEnvelope envelope = new EventEnvelope("1.0", "e-1", "/project-service", "project.registered", "p-1",
                Instant.parse("2025-03-19T02:00:00Z"), "application/json",
                codec.toTree(Map.of("projectId", "p-1", "totalInvestment", new BigDecimal("0.10"))), "p-1", 3,
                "u-1", "CITY_ADMIN", "req-1", null);

        String json = codec.encodeToString(envelope);

        assertThat(json).contains("\"specversion\":\"1.0\"", "\"time\":\"2025-03-19T02:00:00Z\"",
                "\"sequence\":3", "\"totalInvestment\":0.10").doesNotContain("traceparent");
        assertThat(codec.decode(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(envelope);
    }

    @Test
    void a_reader_ignores_fields_and_attributes_it_does_not_know() {
        String json = """
                {"specversion":"1.0","id":"e-2","source":"/project-service","type":"project.registered",
                 "subject":"p-2","aggregateid":"p-2","sequence":1,"someextension":"x",
                 "data":{"projectId":"p-2","totalInvestment":950000000.00,"addedLater":true}}""";

        EventEnvelope envelope = codec.decode(json.getBytes(StandardCharsets.UTF_8));
        Registered data = codec.dataAs(envelope, Registered.class);

        assertThat(data.projectId()).isEqualTo("p-2");
        assertThat(data.totalInvestment()).isEqualTo(new BigDecimal("950000000.00"));
    }

    @Test
    void bytes_that_are_not_an_envelope_are_unreadable_not_a_crash() {
        assertThatThrownBy(() -> codec.decode("{oops".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"s\",\"type\":\"t\"}"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> codec.decode("{\"specversion\":\"1.0\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableEventException.class);
    }
}

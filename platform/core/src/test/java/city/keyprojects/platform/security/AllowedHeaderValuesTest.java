package city.keyprojects.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

class AllowedHeaderValuesTest {

    private final Predicate<String> fast = new AllowedHeaderValues();
    private final Predicate<String> spring = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES;

    @Test
    void answers_as_spring_security_for_every_character_alone_and_inside_a_token() {
        List<String> disagreements = new ArrayList<>();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String value : List.of(String.valueOf(c), "Bearer eyJhbGciOi" + c + "JSUzI1NiJ9.e30.sig")) {
                if (fast.test(value) != spring.test(value)) {
                    disagreements.add(Integer.toHexString(c));
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void takes_printable_ascii_and_tab_and_refuses_control_characters() {
        assertThat(fast.test("Bearer " + "a".repeat(750))).isTrue();
        assertThat(fast.test("text/html;\tq=0.9")).isTrue();
        assertThat(fast.test("")).isTrue();
        assertThat(fast.test("evil\r\nX-Injected: 1")).isFalse();
        assertThat(fast.test("bell\u0007")).isFalse();
        assertThat(fast.test("del\u007f")).isFalse();
        assertThat(fast.test("济南市 😀")).as("assigned beyond ASCII, a surrogate pair among them").isTrue();
        assertThat(fast.test("unassigned \u0378")).isFalse();
    }
}

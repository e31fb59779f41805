package city.keyprojects.project.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProjectCodeTest {

    @Test
    void a_generated_code_has_the_national_form_and_a_valid_check_digit() {
        ProjectCode code = ProjectCode.of(2025, "371400", "04", "01", 123);

        assertThat(code.value()).matches("2025-371400-04-01-00123\\d");
        assertThat(ProjectCode.problemWith(code.value())).isEmpty();
    }

    @Test
    void the_check_digit_follows_iso_7064_mod_11_10() {
        // Worked by hand for 0794: p goes 10 → 9 → 1 → 9 → 6, and (6 + 5) mod 10 = 1, so the check digit is 5.
        assertThat(ProjectCode.checkDigit("0794")).isEqualTo(5);
        assertThat(ProjectCode.checkDigit("2025371400040100123")).isBetween(0, 9);
    }

    @Test
    void every_single_digit_error_is_detected() {
        String valid = ProjectCode.of(2026, "510703", "13", "02", 4567).value();
        for (int i = 0; i < valid.length() - 1; i++) {
            if (valid.charAt(i) == '-') {
                continue;
            }
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                assertThat(ProjectCode.problemWith(typo)).as(typo).isPresent();
            }
        }
    }

    @Test
    void malformed_codes_say_what_is_wrong() {
        assertThat(ProjectCode.problemWith("2025-37140-04-01-001230")).hasValueSatisfying(p ->
                assertThat(p).contains("YYYY-RRRRRR-DD-TT-NNNNNC"));
        assertThat(ProjectCode.problemWith("1899-371400-04-01-001230")).hasValueSatisfying(p ->
                assertThat(p).contains("not plausible"));
        assertThatThrownBy(() -> ProjectCode.of(2025, "371400", "04", "01", 100_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_locally_issued_code_is_recognisable_and_valid() {
        ProjectCode local = ProjectCode.local(2026, "510703", 12);

        assertThat(local.value()).startsWith("2026-510703-99-99-00012");
        assertThat(local.isLocal()).isTrue();
        assertThat(ProjectCode.problemWith(local.value())).isEmpty();
        assertThat(ProjectCode.of(2026, "510703", "13", "02", 12).isLocal()).isFalse();
    }
}

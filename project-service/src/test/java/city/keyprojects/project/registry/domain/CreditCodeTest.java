package city.keyprojects.project.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y43", // the example printed in GB 32100-2015
            "911100001000080343", // check values computed independently of this code
            "91110000100005888C"})
    void real_codes_are_accepted(String code) {
        assertThat(CreditCode.problemWith(code)).isEmpty();
    }

    @Test
    void a_single_changed_character_is_detected_by_the_check_character() {
        assertThat(CreditCode.problemWith("91350100M000100Y44")).hasValueSatisfying(problem ->
                assertThat(problem).contains("check character").contains("expected 3"));
        assertThat(CreditCode.problemWith("91350100M000200Y43")).isPresent();
    }

    @Test
    void letters_outside_the_set_and_wrong_lengths_are_refused_with_a_reason() {
        assertThat(CreditCode.problemWith("91350100M00010OY43")).hasValueSatisfying(problem ->
                assertThat(problem).contains("character 15"));
        assertThat(CreditCode.problemWith("91350100m000100Y43")).isPresent();
        assertThat(CreditCode.problemWith("91350100M000100Y4")).hasValue("must have 18 characters");
        assertThat(CreditCode.problemWith("9135A100M000100Y43")).hasValueSatisfying(problem ->
                assertThat(problem).contains("administrative division"));
    }

    @Test
    void the_check_character_of_31_is_written_as_zero() {
        // Search a body whose weighted sum is divisible by 31 and check it gets '0'.
        String body = "9137000016304246";
        for (char last : CreditCode.CHARSET.toCharArray()) {
            String first17 = body + last;
            int sum = 0;
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            for (int i = 0; i < 17; i++) {
                sum += CreditCode.CHARSET.indexOf(first17.charAt(i)) * weights[i];
            }
            if (sum % 31 == 0) {
                assertThat(CreditCode.checkCharacter(first17)).isEqualTo('0');
                return;
            }
        }
        throw new AssertionError("no body with a sum divisible by 31 found");
    }
}

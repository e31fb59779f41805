package city.keyprojects.project.registry.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the 31-character set
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, Z, S, V) — registration authority, organisation type, six-digit
 * administrative division, nine-character organisation code — and a check character.
 *
 * <p>Check character: with the characters' values c₁…c₁₇ (their index in the set) and the weights
 * 3^(i-1) mod 31 = 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, the check value is
 * 31 − (Σ cᵢ·wᵢ mod 31), with 31 written as 0.
 */
public record CreditCode(String value) {

    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public CreditCode {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why the text is not a valid code, or empty when it is one. Letters must be upper case. */
    public static Optional<String> problemWith(String text) {
        if (text.length() != 18) {
            return Optional.of("must have 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(text.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " ('" + text.charAt(i)
                        + "') is not allowed (digits and upper-case letters except I, O, S, V, Z)");
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return Optional.of("characters 3 to 8 must be the administrative division code (digits)");
            }
        }
        char expected = checkCharacter(text.substring(0, 17));
        if (text.charAt(17) != expected) {
            return Optional.of("the check character is wrong (expected " + expected + ")");
        }
        return Optional.empty();
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}

package city.keyprojects.project.registry.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An investment project code (项目代码) as issued by the national online approval platform, in the form
 * {@code YYYY-RRRRRR-DD-TT-NNNNNC}: year, six-digit administrative division, two-digit department (industry)
 * code, two-digit project type, a five-digit serial and a check digit (GB/T 40058-2021).
 *
 * <p>Check digit rule implemented here: ISO/IEC 7064 MOD 11,10 over the 19 digits before it (year, division,
 * department, type, serial, in that order). Starting with p = 10, for each digit d: s = (p + d) mod 10, with
 * s = 10 when that is 0; p = (2·s) mod 11. The check digit is the c with (p + c) mod 10 = 1 — always a digit.
 */
public record ProjectCode(String value) {

    private static final String LOCAL = "99";
    private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{6})-(\\d{2})-(\\d{2})-(\\d{5})(\\d)");

    public ProjectCode {
        Objects.requireNonNull(value, "value");
        Optional<String> problem = problemWith(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why the text is not a valid project code, or empty when it is one. */
    public static Optional<String> problemWith(String text) {
        var match = FORM.matcher(text);
        if (!match.matches()) {
            return Optional.of("must look like YYYY-RRRRRR-DD-TT-NNNNNC (digits)");
        }
        int year = Integer.parseInt(match.group(1));
        if (year < 2000 || year > 2100) {
            return Optional.of("the year " + year + " is not plausible");
        }
        String digits = text.replace("-", "").substring(0, 19);
        int expected = checkDigit(digits);
        if (text.charAt(text.length() - 1) - '0' != expected) {
            return Optional.of("the check digit is wrong (expected " + expected + ")");
        }
        return Optional.empty();
    }

    /** A code for a project that has none, with its check digit. */
    public static ProjectCode of(int year, String division, String department, String type, int serial) {
        if (serial < 0 || serial > 99_999) {
            throw new IllegalArgumentException("serial must have at most five digits: " + serial);
        }
        String body = String.format("%04d-%s-%s-%s-%05d", year, division, department, type, serial);
        return new ProjectCode(body + checkDigit(body.replace("-", "")));
    }

    /**
     * A code the registry issues itself for a project the national platform has not coded yet: department and type
     * {@code 99-99}, which the national platform does not issue, so a local code is recognisable and never collides
     * with a national one.
     */
    public static ProjectCode local(int year, String division, int serial) {
        return of(year, division, LOCAL, LOCAL, serial);
    }

    /** Whether the registry issued this code itself (see {@link #local}). */
    public boolean isLocal() {
        return value.substring(12, 17).equals(LOCAL + "-" + LOCAL);
    }

    static int checkDigit(String digits) {
        int p = 10;
        for (int i = 0; i < digits.length(); i++) {
            int s = (p + (digits.charAt(i) - '0')) % 10;
            if (s == 0) {
                s = 10;
            }
            p = (2 * s) % 11;
        }
        return (11 - p) % 10;
    }
}

package city.keyprojects.approval.cases.domain;

import java.time.LocalDate;

/**
 * The verification owed after an approval on commitment (告知承诺制): what is to be checked, by when, and once
 * checked, the outcome.
 *
 * @param passed  null until verified
 */
public record Commitment(String obligation, LocalDate verificationDeadline, LocalDate verifiedOn, Boolean passed,
        String findings) {

    public static Commitment owed(String obligation, LocalDate verificationDeadline) {
        return new Commitment(obligation, verificationDeadline, null, null, null);
    }

    public boolean verified() {
        return passed != null;
    }

    Commitment verified(boolean outcome, String verificationFindings, LocalDate day) {
        return new Commitment(obligation, verificationDeadline, day, outcome, verificationFindings);
    }
}

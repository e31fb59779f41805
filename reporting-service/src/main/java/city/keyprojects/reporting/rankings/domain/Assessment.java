package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One criterion assessed for one party: a value from 0 to 100 (2 decimals), or not applicable for want of data
 * ({@code value} null and {@code reason} saying which data), with the figures it was computed from.
 */
public record Assessment(Criterion criterion, BigDecimal value, Map<String, BigDecimal> figures, String reason) {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Assessment {
        figures = figures == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }

    static Assessment of(Criterion criterion, BigDecimal value, Map<String, BigDecimal> figures) {
        return new Assessment(criterion, value.setScale(2, RoundingMode.HALF_UP), figures, null);
    }

    static Assessment notApplicable(Criterion criterion, String reason, Map<String, BigDecimal> figures) {
        return new Assessment(criterion, null, figures, reason);
    }

    public boolean applicable() {
        return value != null;
    }

    /** {@code part} in percent of {@code whole} (not zero), unrounded beyond 10 decimals. */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 10, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }
}

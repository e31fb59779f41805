package city.keyprojects.reporting.lights.application;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import city.keyprojects.reporting.lights.domain.LightRules;

/**
 * {@code reporting.lights.*}: the thresholds of the traffic lights; the values by default. Thresholds that
 * contradict each other stop the service at start-up: the report's builder takes its {@link LightRules}
 * from here when it is created.
 */
@ConfigurationProperties("reporting.lights")
public record LightsProperties(@DefaultValue("10") BigDecimal yellowFromPoints,
        @DefaultValue("30") BigDecimal redAbovePoints, @DefaultValue("1") int notStartedYellowAfterMonths,
        @DefaultValue("3") int notStartedRedAfterMonths) {

    public LightRules rules() {
        return new LightRules(yellowFromPoints, redAbovePoints, notStartedYellowAfterMonths, notStartedRedAfterMonths);
    }
}

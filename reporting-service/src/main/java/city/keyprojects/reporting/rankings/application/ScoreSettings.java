package city.keyprojects.reporting.rankings.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import city.keyprojects.reporting.rankings.domain.ScoreWeights;

/** {@code reporting.scores.*}: the weights of the score's criteria (investment 40, the others 20 each by default). */
@ConfigurationProperties("reporting.scores")
public record ScoreSettings(@DefaultValue Weights weights) {

    public ScoreSettings {
        // Weights that are negative or all zero stop the service at start-up rather than rank on nonsense.
        weights.scoreWeights();
    }

    public record Weights(@DefaultValue("40") int investment, @DefaultValue("20") int milestones,
            @DefaultValue("20") int approvals, @DefaultValue("20") int problems) {

        ScoreWeights scoreWeights() {
            return new ScoreWeights(investment, milestones, approvals, problems);
        }
    }

    public ScoreWeights scoreWeights() {
        return weights.scoreWeights();
    }
}

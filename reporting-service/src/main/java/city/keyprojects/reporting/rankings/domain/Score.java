package city.keyprojects.reporting.rankings.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A party's score from 0 to 100 and why: each criterion's value, weight and the points it brought. The weights of
 * the criteria that apply are scaled to add up to 100: {@code weightedPoints = value × weight / Σ applicable
 * weights}, rounded to 2 decimals, and the total is the sum of the weighted points, so the breakdown adds up to
 * it. {@code total} is null (not scored, no rank) when no criterion with a weight applies.
 */
public record Score(BigDecimal total, List<Part> breakdown) {

    public static final String NOT_APPLICABLE_TO_ANY_PROJECT = "not-applicable-to-any-project";

    public Score {
        breakdown = List.copyOf(breakdown);
    }

    /**
     * @param value          0–100, null when not applicable
     * @param weightedPoints what it adds to the total (0 when not applicable)
     * @param reason         why not applicable, else null
     */
    public record Part(Criterion criterion, BigDecimal value, int weight, BigDecimal weightedPoints,
            boolean applicable, Map<String, BigDecimal> figures, String reason) {
    }

    public static Score of(ScoreWeights weights, List<Assessment> assessments) {
        int applicableWeight = assessments.stream().filter(Assessment::applicable)
                .mapToInt(assessment -> weights.of(assessment.criterion())).sum();
        List<Part> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Assessment assessment : assessments) {
            int weight = weights.of(assessment.criterion());
            BigDecimal points = assessment.applicable() && applicableWeight > 0
                    ? assessment.value().multiply(BigDecimal.valueOf(weight))
                            .divide(BigDecimal.valueOf(applicableWeight), 2, RoundingMode.HALF_UP)
                    : BigDecimal.ZERO.setScale(2);
            total = total.add(points);
            parts.add(new Part(assessment.criterion(), assessment.value(), weight, points, assessment.applicable(),
                    assessment.figures(), assessment.reason()));
        }
        return new Score(applicableWeight > 0 ? total : null, parts);
    }

    /**
     * A group's score (a district's, an officer's): the mean of its scored projects' totals; each criterion's value
     * is the mean over the projects it applies to and its weighted points the mean over all scored projects (so
     * they add up to the total but for rounding). Not scored when none of its projects is.
     */
    public static Score meanOf(List<Score> scores) {
        List<Score> scored = scores.stream().filter(Score::scored).toList();
        if (scored.isEmpty()) {
            return new Score(null, List.of());
        }
        BigDecimal count = BigDecimal.valueOf(scored.size());
        BigDecimal total = scored.stream().map(Score::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, 2, RoundingMode.HALF_UP);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < scored.get(0).breakdown().size(); i++) {
            int index = i;
            List<Part> all = scored.stream().map(score -> score.breakdown().get(index)).toList();
            List<Part> applicable = all.stream().filter(Part::applicable).toList();
            BigDecimal value = applicable.isEmpty() ? null
                    : applicable.stream().map(Part::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(applicable.size()), 2, RoundingMode.HALF_UP);
            BigDecimal points = all.stream().map(Part::weightedPoints).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(count, 2, RoundingMode.HALF_UP);
            Part first = all.get(0);
            parts.add(new Part(first.criterion(), value, first.weight(), points, !applicable.isEmpty(),
                    Map.of("scoredProjects", count, "applicableProjects", BigDecimal.valueOf(applicable.size())),
                    applicable.isEmpty() ? NOT_APPLICABLE_TO_ANY_PROJECT : null));
        }
        return new Score(total, parts);
    }

    public boolean scored() {
        return total != null;
    }
}

package city.keyprojects.reporting.rankings.domain;

/**
 * How much each criterion counts (打分权重). A score is normalised by the sum of the weights of the criteria that
 * apply to the scored party, so a criterion without data shifts its weight onto the others.
 */
public record ScoreWeights(int investment, int milestones, int approvals, int problems) {

    /** Investment 40, milestones 20, approvals 20, problems 20. */
    public static final ScoreWeights DEFAULT = new ScoreWeights(40, 20, 20, 20);

    public ScoreWeights {
        if (investment < 0 || milestones < 0 || approvals < 0 || problems < 0) {
            throw new IllegalArgumentException("score weights must not be negative: " + investment + ", "
                    + milestones + ", " + approvals + ", " + problems);
        }
        if (investment + milestones + approvals + problems == 0) {
            throw new IllegalArgumentException("at least one score weight must be above zero");
        }
    }

    public int of(Criterion criterion) {
        return switch (criterion) {
            case INVESTMENT -> investment;
            case MILESTONES -> milestones;
            case APPROVALS -> approvals;
            case PROBLEMS -> problems;
        };
    }
}

package city.keyprojects.approval.cases.domain;

/** A stage's result: the most severe of its items' decisions, from least to most severe. */
public enum CombinedResult {

    APPROVED,
    /** Approved, at least one item on commitment: verifications are still owed. */
    APPROVED_ON_COMMITMENT,
    REJECTED,
    /** An approval on commitment was revoked before the stage could complete. */
    REVOKED;

    static CombinedResult of(ItemState state) {
        return switch (state) {
            case APPROVED -> APPROVED;
            case APPROVED_ON_COMMITMENT -> APPROVED_ON_COMMITMENT;
            case REJECTED -> REJECTED;
            case REVOKED -> REVOKED;
            default -> throw new IllegalArgumentException("Not a decision: " + state);
        };
    }

    /** The most severe result of decided items, or null while any item is undecided. */
    static CombinedResult mostSevere(Iterable<ApprovalItem> items) {
        CombinedResult worst = APPROVED;
        for (ApprovalItem item : items) {
            if (!item.state().isFinal()) {
                return null;
            }
            CombinedResult result = of(item.state());
            if (result.compareTo(worst) > 0) {
                worst = result;
            }
        }
        return worst;
    }

    public boolean approved() {
        return this == APPROVED || this == APPROVED_ON_COMMITMENT;
    }
}

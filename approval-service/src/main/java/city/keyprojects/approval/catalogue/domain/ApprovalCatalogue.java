package city.keyprojects.approval.catalogue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One published version of the approval catalogue. Versions are never changed once published: a case keeps the
 * version it was opened with, so a later edit never moves the limits of work already under way.
 *
 * @param jointAcceptanceLimitWorkingDays  the one limit shared by the items of joint completion acceptance (联合验收)
 * @param publishedBy                      the user who published it ({@code system} for the default)
 */
public record ApprovalCatalogue(long version, List<CatalogueItem> items, int jointAcceptanceLimitWorkingDays,
        Instant publishedAt, String publishedBy, String note) {

    public ApprovalCatalogue {
        Objects.requireNonNull(items, "items");
        items = List.copyOf(items);
    }

    /**
     * The version after this one, as the user publishes it.
     *
     * @throws city.keyprojects.platform.problem.InvalidInputException   see {@link CatalogueRules#requireValid}
     * @throws city.keyprojects.platform.problem.RuleViolationException  see {@link CatalogueRules#requireValid}
     */
    public ApprovalCatalogue next(List<CatalogueItem> newItems, int newJointAcceptanceLimitWorkingDays,
            String newNote, Instant newPublishedAt, String newPublishedBy) {
        CatalogueRules.requireValid(newItems, newJointAcceptanceLimitWorkingDays, newNote);
        return new ApprovalCatalogue(version + 1, newItems, newJointAcceptanceLimitWorkingDays, newPublishedAt,
                newPublishedBy, newNote);
    }

    /** The items of one stage, in catalogue order. */
    public List<CatalogueItem> itemsOf(ApprovalStage stage) {
        return items.stream().filter(item -> item.stage() == stage).toList();
    }
}

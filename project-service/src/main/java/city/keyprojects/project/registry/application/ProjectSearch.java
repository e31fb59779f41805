package city.keyprojects.project.registry.application;

import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;

/**
 * What a caller looks for in the registry: every filter is optional and they combine with "and".
 *
 * @param text        a part of the project's or the owner's name, any case
 * @param officer     the user name of the project officer (staff only)
 * @param department  the responsible department (staff only)
 * @param ownedByMe   an enterprise's own projects only
 */
public record ProjectSearch(String district, Sector sector, Level level, Stage stage, String officer,
        String department, String text, boolean ownedByMe, Order order, int page, int size) {

    /** How the page is sorted. */
    public enum Order {
        /** Newest registration first (the default). */
        NEWEST,
        /** Largest total investment first. */
        LARGEST_INVESTMENT,
        /** By name, in code-point order. */
        NAME
    }

    public ProjectSearch {
        order = order == null ? Order.NEWEST : order;
    }

    boolean filtersByResponsibility() {
        return officer != null || department != null;
    }
}

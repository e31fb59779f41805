package city.keyprojects.project.milestones.web;

import java.time.LocalDate;
import java.util.List;

/** One page of the projects with missed milestones as of {@code asOf}, with the total to page through. */
public record MissedMilestonesPage(LocalDate asOf, List<Item> items, int page, int size, long total) {

    /** A project and its missed milestones, earliest planned first. */
    public record Item(String projectId, String projectName, List<MilestoneView> missed) {
    }
}

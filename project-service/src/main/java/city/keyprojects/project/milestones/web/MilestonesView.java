package city.keyprojects.project.milestones.web;

import java.time.LocalDate;
import java.util.List;

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.project.milestones.domain.ProjectMilestones;

/**
 * A project's milestones, earliest planned first, as of {@code asOf} (today in the city). {@code version} is what
 * the next plan must quote (0 while nothing is planned).
 */
public record MilestonesView(String projectId, long version, LocalDate asOf, List<MilestoneView> milestones) {

    static MilestonesView of(Stored<ProjectMilestones> stored, LocalDate today) {
        return new MilestonesView(stored.state().projectId(), stored.version(), today,
                stored.state().milestones().stream().map(m -> MilestoneView.of(m, today)).toList());
    }

    /** For the public when the project hides its planned dates: progress (status, actual dates) only. */
    MilestonesView withoutPlannedDates() {
        return new MilestonesView(projectId, version, asOf, milestones.stream()
                .map(m -> new MilestoneView(m.milestoneId(), m.kind(), m.name(), null, m.actualDate(), m.status(),
                        null))
                .toList());
    }
}

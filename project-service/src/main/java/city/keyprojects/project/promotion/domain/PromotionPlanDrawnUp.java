package city.keyprojects.project.promotion.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The plan was drawn up (or redrawn) backwards from its target dates. {@code tasks} is the whole plan afterwards
 * — derived, kept (done, onboarding, custom) — so a reader replaces its copy of the plan with it.
 */
public record PromotionPlanDrawnUp(
        String projectId,
        LocalDate targetStart,
        LocalDate targetCompletion,
        LocalDate targetProduction,
        List<PlannedTask> tasks,
        Instant drawnUpAt) implements PromotionEvent {

    public PromotionPlanDrawnUp {
        tasks = List.copyOf(tasks);
    }

    @Override
    public String type() {
        return "project.promotion-plan-drawn-up";
    }
}

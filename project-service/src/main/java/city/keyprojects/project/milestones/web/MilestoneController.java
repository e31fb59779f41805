package city.keyprojects.project.milestones.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.PlatformAutoConfiguration;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.milestones.application.FindingMilestones;
import city.keyprojects.project.milestones.application.PlanningMilestones;
import city.keyprojects.project.milestones.domain.ProjectMilestones;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import city.keyprojects.project.registry.domain.PublicField;
import reactor.core.publisher.Mono;

/** The milestones (关键时间节点) API; who may call what is in {@code MilestoneAccessRules}. */
@RestController
class MilestoneController {

    static final int MAX_PAGE_SIZE = 100;

    private final PlanningMilestones planning;
    private final FindingMilestones finding;
    private final FindingProjects projects;
    private final Clock clock;

    MilestoneController(PlanningMilestones planning, FindingMilestones finding, FindingProjects projects,
            Clock clock) {
        this.planning = planning;
        this.finding = finding;
        this.projects = projects;
        this.clock = clock;
    }

    /** Public, except planned dates the project hides from the public ({@code PLANNED_DATES}). */
    @GetMapping("/api/projects/{id}/milestones")
    Mono<MilestonesView> forProject(@PathVariable String id, CurrentUser user) {
        return projects.byId(id).zipWith(finding.forProject(id), (project, milestones) -> {
            MilestonesView view = view(milestones);
            boolean hidden = project.state().hiddenFields().contains(PublicField.PLANNED_DATES)
                    && !ProjectAccessPolicy.seesInternalFields(user, project.state());
            return hidden ? view.withoutPlannedDates() : view;
        });
    }

    /** Plans or replans the whole set; a milestone left out is removed (unless it was reached). */
    @PutMapping("/api/projects/{id}/milestones")
    Mono<MilestonesView> plan(@PathVariable String id, @Valid @RequestBody PlanMilestonesRequest request,
            CurrentUser user) {
        return planning.plan(id, request.version(), request.toPlan(), user).map(this::view);
    }

    @PostMapping("/api/projects/{id}/milestones/{milestoneId}/reached")
    Mono<MilestonesView> reached(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody ReachMilestoneRequest request, CurrentUser user) {
        return planning.reach(id, milestoneId, request.plausibleActualDate(), user).map(this::view);
    }

    @PutMapping("/api/projects/{id}/milestones/{milestoneId}/actual-date")
    Mono<MilestonesView> correctActualDate(@PathVariable String id, @PathVariable String milestoneId,
            @Valid @RequestBody CorrectActualDateRequest request, CurrentUser user) {
        return planning.correctActualDate(id, milestoneId, request.plausibleActualDate(), request.reason().strip(),
                user).map(this::view);
    }

    /** The projects with missed milestones (planned day passed, not reached), by project id. */
    @GetMapping("/api/milestones/missed")
    Mono<MissedMilestonesPage> missed(
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        LocalDate today = today();
        return finding.missed(today, page, size).map(found -> new MissedMilestonesPage(today,
                found.items().stream().map(item -> new MissedMilestonesPage.Item(item.projectId(),
                        item.projectName(), item.missed().stream().map(m -> MilestoneView.of(m, today)).toList()))
                        .toList(),
                page, size, found.total()));
    }

    private MilestonesView view(Stored<ProjectMilestones> stored) {
        return MilestonesView.of(stored, today());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformAutoConfiguration.CITY_ZONE);
    }
}

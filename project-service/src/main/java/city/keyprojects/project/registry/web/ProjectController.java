package city.keyprojects.project.registry.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.events.HistoryEntry;
import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.registry.application.ChangingProjectStage;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.MaintainingProject;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import city.keyprojects.project.registry.application.ProjectSearch;
import city.keyprojects.project.registry.application.RegisteringProject;
import city.keyprojects.project.registry.domain.Level;
import city.keyprojects.project.registry.domain.Project;
import city.keyprojects.project.registry.domain.Sector;
import city.keyprojects.project.registry.domain.Stage;
import reactor.core.publisher.Mono;

/** The project registry's HTTP API; who may call what is in {@code ProjectAccessRules}. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final int MAX_PAGE_SIZE = 100;

    private final RegisteringProject registering;
    private final MaintainingProject maintaining;
    private final ChangingProjectStage changingStage;
    private final FindingProjects finding;

    ProjectController(RegisteringProject registering, MaintainingProject maintaining,
            ChangingProjectStage changingStage, FindingProjects finding) {
        this.registering = registering;
        this.maintaining = maintaining;
        this.changingStage = changingStage;
        this.finding = finding;
    }

    @PostMapping
    Mono<ResponseEntity<ProjectView>> register(@Valid @RequestBody RegisterProjectRequest request,
            CurrentUser user) {
        return registering.register(request.toDetails(), user.actor())
                .map(stored -> view(stored, user))
                .map(view -> ResponseEntity.created(URI.create("/api/projects/" + view.id())).body(view));
    }

    @GetMapping("/{id}")
    Mono<ProjectView> byId(@PathVariable String id, CurrentUser user) {
        return finding.byId(id).map(stored -> view(stored, user));
    }

    /**
     * Finds projects: every filter optional, combined with "and"; {@code officer} and {@code department} are for
     * staff, {@code mine=true} for an enterprise's own projects.
     */
    @GetMapping
    Mono<ProjectPage> search(
            @RequestParam(required = false) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit administrative division code") String district,
            @RequestParam(required = false) Sector sector,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) Stage stage,
            @RequestParam(required = false) @Size(min = 1, max = 100) String officer,
            @RequestParam(required = false) @Size(min = 1, max = 100) String department,
            // Control characters are never part of a name, and MongoDB cannot hold a NUL in the pattern built from it.
            @RequestParam(required = false) @Size(min = 1, max = 100)
            @Pattern(regexp = "\\P{Cntrl}*", message = "must not contain control characters") String text,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "NEWEST") ProjectSearch.Order sort,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        ProjectSearch search = new ProjectSearch(district, sector, level, stage, officer, department, text, mine, sort,
                page, size);
        return finding.search(search, user).map(found -> new ProjectPage(
                found.items().stream().map(stored -> view(stored, user)).toList(), page, size, found.total()));
    }

    @PatchMapping("/{id}")
    Mono<ProjectView> update(@PathVariable String id, @Valid @RequestBody UpdateProjectRequest request,
            CurrentUser user) {
        return maintaining.update(id, request.version(), request.toChanges(), user).map(stored -> view(stored, user));
    }

    @PutMapping("/{id}/responsibility")
    Mono<ProjectView> assignResponsibility(@PathVariable String id,
            @Valid @RequestBody AssignResponsibilityRequest request, CurrentUser user) {
        return maintaining.assignResponsibility(id, request.toResponsibility(), user)
                .map(stored -> view(stored, user));
    }

    /** Moves the project through its lifecycle; an illegal move is a 409 naming the rule it breaks. */
    @PostMapping("/{id}/stage-changes")
    Mono<ProjectView> changeStage(@PathVariable String id, @Valid @RequestBody ChangeStageRequest request,
            CurrentUser user) {
        return changingStage.changeStage(id, request.version(), request.toMove(), user)
                .map(stored -> view(stored, user));
    }

    /** The project's audit trail: every change, oldest first, with who made it in which role. */
    @GetMapping("/{id}/history")
    Mono<List<HistoryEntry>> history(@PathVariable String id, CurrentUser user) {
        return finding.history(id, user).map(HistoryEntry::of).collectList();
    }

    private static ProjectView view(Stored<Project> stored, CurrentUser user) {
        return ProjectView.of(stored, ProjectAccessPolicy.seesInternalFields(user, stored.state()));
    }
}

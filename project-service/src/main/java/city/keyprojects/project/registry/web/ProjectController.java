package city.keyprojects.project.registry.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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

import city.keyprojects.platform.outbox.Stored;
import city.keyprojects.platform.security.CurrentUser;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.MaintainingProject;
import city.keyprojects.project.registry.application.ProjectAccessPolicy;
import city.keyprojects.project.registry.application.RegisteringProject;
import city.keyprojects.project.registry.domain.Project;
import reactor.core.publisher.Mono;

/** The project registry's HTTP API; who may call what is in {@code ProjectAccessRules}. */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final int MAX_PAGE_SIZE = 100;

    private final RegisteringProject registering;
    private final MaintainingProject maintaining;
    private final FindingProjects finding;

    ProjectController(RegisteringProject registering, MaintainingProject maintaining, FindingProjects finding) {
        this.registering = registering;
        this.maintaining = maintaining;
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

    @GetMapping
    Mono<ProjectPage> page(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size, CurrentUser user) {
        return finding.page(page, size).map(stored -> view(stored, user)).collectList()
                .zipWith(finding.count(), (items, total) -> new ProjectPage(items, page, size, total));
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

    /** The project's audit trail: every change, oldest first, with who made it in which role. */
    @GetMapping("/{id}/history")
    Mono<List<HistoryEntry>> history(@PathVariable String id, CurrentUser user) {
        return finding.history(id, user).map(HistoryEntry::of).collectList();
    }

    private static ProjectView view(Stored<Project> stored, CurrentUser user) {
        return ProjectView.of(stored, ProjectAccessPolicy.seesInternalFields(user, stored.state()));
    }
}

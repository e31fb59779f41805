package city.keyprojects.project.registry.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.events.Actor;
import city.keyprojects.project.registry.application.FindingProjects;
import city.keyprojects.project.registry.application.RegisteringProject;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/projects")
class ProjectController {

    static final int MAX_PAGE_SIZE = 100;

    // Until identity exists (issue 3) every change is attributed to the key-project centre.
    private static final Actor CENTRE = new Actor("key-project-centre", "CITY_ADMIN");

    private final RegisteringProject registering;
    private final FindingProjects finding;

    ProjectController(RegisteringProject registering, FindingProjects finding) {
        this.registering = registering;
        this.finding = finding;
    }

    @PostMapping
    Mono<ResponseEntity<ProjectView>> register(@Valid @RequestBody RegisterProjectRequest request) {
        return registering.register(request.toDetails(), CENTRE)
                .map(ProjectView::of)
                .map(view -> ResponseEntity.created(URI.create("/api/projects/" + view.id())).body(view));
    }

    @GetMapping("/{id}")
    Mono<ProjectView> byId(@PathVariable String id) {
        return finding.byId(id).map(ProjectView::of);
    }

    @GetMapping
    Mono<ProjectPage> page(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size) {
        return finding.page(page, size).map(ProjectView::of).collectList()
                .zipWith(finding.count(), (items, total) -> new ProjectPage(items, page, size, total));
    }
}

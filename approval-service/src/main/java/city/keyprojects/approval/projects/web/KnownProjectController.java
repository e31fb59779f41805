package city.keyprojects.approval.projects.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.approval.projects.application.KnownProject;
import city.keyprojects.approval.projects.application.KnownProjects;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/approvals/projects")
class KnownProjectController {

    private final KnownProjects knownProjects;

    KnownProjectController(KnownProjects knownProjects) {
        this.knownProjects = knownProjects;
    }

    /** Whether approval cases can be opened for this project: 404 until its registration has arrived. */
    @GetMapping("/{projectId}")
    Mono<KnownProject> byId(@PathVariable String projectId) {
        return knownProjects.byId(projectId);
    }
}

package city.keyprojects.issue.projects.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.issue.projects.application.KnownProject;
import city.keyprojects.issue.projects.application.KnownProjects;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/issues/projects")
class KnownProjectController {

    private final KnownProjects knownProjects;

    KnownProjectController(KnownProjects knownProjects) {
        this.knownProjects = knownProjects;
    }

    /** Whether problems can be reported on this project: 404 until its registration has arrived. */
    @GetMapping("/{projectId}")
    Mono<KnownProject> byId(@PathVariable String projectId) {
        return knownProjects.byId(projectId);
    }
}

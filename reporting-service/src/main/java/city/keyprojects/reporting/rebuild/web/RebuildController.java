package city.keyprojects.reporting.rebuild.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import city.keyprojects.platform.problem.NotFoundException;
import city.keyprojects.reporting.rebuild.application.RebuildProgress;
import city.keyprojects.reporting.rebuild.application.RebuildingFacts;
import reactor.core.publisher.Mono;

/** Rebuilding the read models from the start of the topics, and its progress. */
@RestController
@RequestMapping("/api/reports/rebuilds")
class RebuildController {

    private final RebuildingFacts rebuilding;

    RebuildController(RebuildingFacts rebuilding) {
        this.rebuilding = rebuilding;
    }

    /** Starts a rebuild (202); its progress is at the Location. 409 while one runs. */
    @PostMapping
    Mono<ResponseEntity<RebuildProgress>> start() {
        return rebuilding.start().map(started -> ResponseEntity.accepted()
                .location(URI.create("/api/reports/rebuilds/latest")).body(started));
    }

    @GetMapping("/latest")
    Mono<RebuildProgress> latest() {
        return rebuilding.latest().switchIfEmpty(Mono.error(() -> new NotFoundException(
                "No rebuild has run on this instance since it started.")));
    }
}

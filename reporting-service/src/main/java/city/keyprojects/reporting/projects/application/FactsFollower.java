package city.keyprojects.reporting.projects.application;

import org.bson.Document;

import city.keyprojects.reporting.projects.domain.ProjectFacts;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Something kept beside the projects' facts that every change of them moves (the city's running totals). The
 * projection writes what a change moves into the project's facts document, as {@code pending}, in the same write as
 * the facts; the follower then applies it where it keeps its own figures and clears it, exactly once however often
 * it is asked to, so a crash in between loses and doubles nothing (decision 0011).
 */
public interface FactsFollower {

    /** What the change from {@code before} to {@code after} moves, or null when it moves nothing. */
    Document change(ProjectFacts before, ProjectFacts after);

    /** Applies the change pending in the project's facts document of that collection, if any, and clears it. */
    Mono<Void> settle(String factsCollection, String projectId);

    /**
     * Counts its figures afresh from every project's facts of a collection, replacing what it kept for it: for a
     * generation a rebuild filled, before it serves, whose changes were never left pending.
     */
    Mono<Void> recount(String factsCollection, Flux<ProjectFacts> all);
}

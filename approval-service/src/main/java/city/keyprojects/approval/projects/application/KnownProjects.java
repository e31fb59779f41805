package city.keyprojects.approval.projects.application;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import city.keyprojects.platform.events.EventCodec;
import city.keyprojects.platform.events.EventEnvelope;
import city.keyprojects.platform.messaging.AppliedEvents;
import city.keyprojects.platform.problem.NotFoundException;
import reactor.core.publisher.Mono;

/**
 * The local copy of the projects this service may open approval cases for. It never asks project-service:
 * it is built from {@code project.events.v1}, each event applied at most once.
 */
@Service
public class KnownProjects {

    static final String COLLECTION = "known_projects";

    private final ReactiveMongoOperations mongo;
    private final EventCodec codec;

    KnownProjects(ReactiveMongoOperations mongo, EventCodec codec) {
        this.mongo = mongo;
        this.codec = codec;
    }

    /** The fields of {@code project.registered} this service reads; others are ignored. */
    record Registered(String projectId, String name, String ownerName, String ownerCreditCode, String district) {
    }

    /** The fields of {@code project.updated} this service reads: each is set only when named in {@code changed}. */
    record Updated(String projectId, List<String> changed, String name, String ownerName, String district) {
    }

    /** The field of {@code project.responsibility-assigned} this service reads. */
    record ResponsibilityAssigned(String projectId, String officer) {
    }

    public Mono<Void> apply(EventEnvelope event) {
        return switch (event.type()) {
            case "project.registered" -> {
                Registered registered = codec.dataAs(event, Registered.class);
                yield upsert(registered.projectId(), event, new Update()
                        .set("name", registered.name())
                        .set("applicant", registered.ownerName())
                        .set("ownerCreditCode", registered.ownerCreditCode())
                        .set("district", registered.district()));
            }
            case "project.updated" -> {
                Updated updated = codec.dataAs(event, Updated.class);
                Update update = new Update();
                if (updated.changed().contains("name")) {
                    update.set("name", updated.name());
                }
                if (updated.changed().contains("ownerName")) {
                    update.set("applicant", updated.ownerName());
                }
                if (updated.changed().contains("district")) {
                    update.set("district", updated.district());
                }
                yield upsert(updated.projectId(), event, update);
            }
            case "project.responsibility-assigned" -> {
                ResponsibilityAssigned assigned = codec.dataAs(event, ResponsibilityAssigned.class);
                yield upsert(assigned.projectId(), event, new Update().set("officer", assigned.officer()));
            }
            default -> Mono.empty();
        };
    }

    private Mono<Void> upsert(String projectId, EventEnvelope event, Update update) {
        return AppliedEvents.upsertOnce(mongo, COLLECTION, projectId, event, update).then();
    }

    public Mono<KnownProject> byId(String projectId) {
        return mongo.findById(projectId, Document.class, COLLECTION)
                .map(doc -> new KnownProject(doc.getString("_id"), doc.getString("name"), doc.getString("applicant"),
                        doc.getString("ownerCreditCode"), doc.getString("district"), doc.getString("officer")))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Project " + projectId + " is not known to the approval service (yet).")));
    }
}

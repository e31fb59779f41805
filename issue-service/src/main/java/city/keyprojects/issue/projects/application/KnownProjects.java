package city.keyprojects.issue.projects.application;

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
 * The local copy of the projects problems can be reported on, built from {@code project.events.v1} with each
 * event applied at most once; this service never calls project-service.
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
    record Registered(String projectId, String name, String district, String sector) {
    }

    public Mono<Void> apply(EventEnvelope event) {
        if (!"project.registered".equals(event.type())) {
            return Mono.empty();
        }
        Registered registered = codec.dataAs(event, Registered.class);
        Update update = new Update()
                .set("name", registered.name())
                .set("district", registered.district())
                .set("sector", registered.sector());
        return AppliedEvents.upsertOnce(mongo, COLLECTION, registered.projectId(), event, update).then();
    }

    public Mono<KnownProject> byId(String projectId) {
        return mongo.findById(projectId, Document.class, COLLECTION)
                .map(doc -> new KnownProject(doc.getString("_id"), doc.getString("name"), doc.getString("district"),
                        doc.getString("sector")))
                .switchIfEmpty(Mono.error(() -> new NotFoundException(
                        "Project " + projectId + " is not known to the issue service (yet).")));
    }
}
